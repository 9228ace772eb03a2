// React Native libraries read React Native's globals, which Metro defines and a web bundle does not. Imported first.
globalThis.global ??= globalThis;
globalThis.__DEV__ ??= false;
