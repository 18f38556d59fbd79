/**
 * jsdom has <dialog> but not showModal()/close(). This gives them the part tests can observe (the
 * `open` attribute and the close event); browsers provide the real modal behaviour.
 */
const proto = HTMLDialogElement.prototype;

if (typeof proto.showModal !== 'function') {
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}

if (typeof proto.close !== 'function') {
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
