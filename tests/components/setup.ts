// Before each component test file: the platform is H5 (as the browser build), as Taro's build would say.
process.env.TARO_ENV = 'h5';
