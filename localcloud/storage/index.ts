// Storage as wx-server-sdk speaks it: /admin JSON actions plus the upload/download HTTP route.
export { storageActions } from './actions';
export { storageRoute } from './route';
export { bucketOf, makeFileId, parseFileId, validateCloudPath, StoragePathError } from './paths';
export { downloadUrl, uploadUrl, STORAGE_PREFIX } from './sign';
export { cleanStagedUploads, deleteFileDurably, statFile, TooLargeError, writeFileDurably } from './files';
