// setupFiles of every project. Jest sets NODE_ENV=test; the project never runs with it, and the Taro
// builds that tests spawn change with it (babel-preset-taro's test mode), so it goes.
if (process.env.NODE_ENV === 'test') delete process.env.NODE_ENV;
