import { Component, type ComponentChildren } from 'preact';

/** Props of the error boundary. */
export interface ErrorBoundaryProps {
  onError: (error: unknown) => void;
  children: ComponentChildren;
}

/** Stops a render error at the widget's edge: reports it and renders nothing instead of a broken card. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
    this.setState({ failed: true });
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
