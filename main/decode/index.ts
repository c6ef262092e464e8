export { decodePageBytes, type DecodedPage } from './decode-page-bytes';
export { DecodeError, type DecodeErrorReason } from './decode-error';
