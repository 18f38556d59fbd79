import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EnvironmentBanner } from './environment-banner';

const banner = () => screen.queryByRole('region', { name: 'Environment' });

describe('EnvironmentBanner', () => {
  it('warns that the sandbox moves no real money', () => {
    render(<EnvironmentBanner environment="sandbox" upstreamHost="127.0.0.1:4010" />);
    expect(banner()).toHaveTextContent('Sandbox—simulated Capa data, no real money moves');
  });

  it('names Capa staging and its host', () => {
    render(<EnvironmentBanner environment="staging" upstreamHost="staging-api.capa.fi" />);
    expect(banner()).toHaveTextContent('Staging—Capa staging (staging-api.capa.fi)');
  });

  it('shows the upstream host of a custom environment', () => {
    render(<EnvironmentBanner environment="custom" upstreamHost="capa-mock.internal:8443" />);
    expect(banner()).toHaveTextContent('Custom upstream');
    expect(banner()).toHaveTextContent('capa-mock.internal:8443');
  });

  it('warns when the environment is unknown', () => {
    render(<EnvironmentBanner environment="unknown" />);
    expect(banner()).toHaveTextContent('Environment unknown');
  });

  it('shows nothing in production', () => {
    const { container } = render(<EnvironmentBanner environment="production" upstreamHost="api.capa.fi" />);
    expect(banner()).toBeNull();
    expect(container).toBeEmptyDOMElement();
  });
});
