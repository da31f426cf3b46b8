// Open311 GeoReport v2: the field lists of the spec (wiki.open311.org/GeoReport_v2), as data. Every
// response of the open311 function is checked against them by the tests: keys ⊆ the list, the required
// ones present. Facts of the spec, not of 码上办.

/** GET services: one service definition (the service menu). */
export const SERVICE_FIELDS = ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'] as const;
export const SERVICE_REQUIRED = ['service_code', 'service_name', 'metadata', 'type'] as const;

/** GET services/{service_code}: a service definition (the attributes a request of it may carry). */
export const DEFINITION_FIELDS = ['service_code', 'attributes'] as const;

/** GET requests and requests/{id}: one service request. */
export const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
] as const;
export const REQUEST_REQUIRED = ['service_request_id', 'status', 'service_code', 'service_name', 'requested_datetime'] as const;

/** GET discovery: the document and each of its endpoints. */
export const DISCOVERY_FIELDS = ['changeset', 'contact', 'key_service', 'endpoints'] as const;
export const ENDPOINT_FIELDS = ['specification', 'url', 'changeset', 'type', 'formats'] as const;

/** An error: the body is a list of them (XML: <errors><error>…). */
export const ERROR_FIELDS = ['code', 'description'] as const;

/** The spec's two statuses; details go to status_notes. */
export const OPEN311_STATUSES = ['open', 'closed'] as const;
export type Open311Status = (typeof OPEN311_STATUSES)[number];

/** A service's type: realtime (requests are answered as they come), batch, blackbox. */
export const SERVICE_TYPES = ['realtime', 'batch', 'blackbox'] as const;

export const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
export const FORMATS = ['json', 'xml'] as const;
export type Format = (typeof FORMATS)[number];

/** XML element names of the list documents: root and item. */
export const XML_NAMES = {
  services: { root: 'services', item: 'service' },
  requests: { root: 'service_requests', item: 'request' },
  errors: { root: 'errors', item: 'error' },
  attributes: { root: 'attributes', item: 'attribute' },
  endpoints: { root: 'endpoints', item: 'endpoint' },
  keywords: { root: 'keywords', item: 'keyword' },
  formats: { root: 'formats', item: 'format' },
} as const;

export type ServiceDefinition = { [K in (typeof SERVICE_FIELDS)[number]]?: string | boolean };
export type ServiceRequest = { [K in (typeof REQUEST_FIELDS)[number]]?: string | number };
/** No service of ours has attributes (metadata=false), so the list is always empty. */
export interface ServiceAttributes {
  service_code: string;
  attributes: never[];
}
export interface Open311Error {
  code: number;
  description: string;
}
