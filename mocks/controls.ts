export function resetMockControls(): void {}
