/**
 * Work queues against the real stack (issue 14): an agent lands on Queues, sees each queue's
 * count, opens Needs attention and finds the table filtered to its three statuses, oldest first,
 * with the card's count as its total (the merge of three Capa lists).
 */
import { test, expect as baseExpect } from './test-support/fixtures';
import { sandbox } from './test-support/sandbox';

const expect = baseExpect.configure({ timeout: 15_000 });

test.beforeEach(async () => {
  await sandbox.reset();
});

test.use({ signedInAs: 'viewer' });

test('Queues: counts, and Needs attention opens as a table whose total is the card’s count', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/queues$/);
  await expect(page.getByRole('heading', { name: 'Queues', level: 1 })).toBeVisible();
  for (const name of ['Ready to execute', 'Needs attention', 'Waiting for the user', 'Failed or cancelled']) {
    await expect(page.getByRole('region', { name }).getByTestId('queue-count')).toHaveText(/^[\d,]+$/);
  }
  const card = page.getByRole('region', { name: 'Needs attention' });
  const count = (await card.getByTestId('queue-count').innerText()).replaceAll(',', '');
  expect(Number(count)).toBeGreaterThan(0);

  await card.getByRole('link', { name: 'Needs attention', exact: true }).click();
  await expect(page).toHaveURL(
    /\/transactions\?status=CRYPTO_NOT_RECEIVED%2CAWAITING_MANUAL_CRYPTO_TRANSFER%2CAWAITING_MANUAL_FIAT_TRANSFER&sort=asc$/,
  );
  await expect(
    page.getByRole('button', {
      name: 'Status Crypto not received, Awaiting manual crypto transfer, Awaiting manual fiat transfer',
    }),
  ).toBeVisible();
  await expect(page.getByText(/^[\d,]+ transactions? matching the filters/)).toHaveText(
    new RegExp(`^${Number(count).toLocaleString('en-US')} transactions? matching the filters`),
  );
});
