import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  fallback: (error: unknown, reset: () => void) => ReactNode;
  children: ReactNode;
}

/** Keeps one broken panel from blanking the page; the rest of the view stays usable. */
export class ErrorBoundary extends Component<Props, { error: unknown; hasError: boolean }> {
  override state = { error: null as unknown, hasError: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Component stacks help a developer; they carry no token or customer data.
    console.error('View crashed', error, info.componentStack);
  }

  reset = () => this.setState({ error: null, hasError: false });

  override render() {
    return this.state.hasError
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children;
  }
}
