// Rendering Open311 documents as JSON or XML. XML is built by hand from flat records: every text is
// escaped (and characters XML 1.0 forbids dropped), element names come only from the spec's lists.
import {
  DISCOVERY_FIELDS,
  SPECIFICATION,
  XML_NAMES,
  type Format,
  type Open311Error,
  type ServiceAttributes,
  type ServiceDefinition,
  type ServiceRequest,
} from './spec';

export const MIME: Record<Format, string> = { json: 'application/json; charset=utf-8', xml: 'text/xml; charset=utf-8' };

// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 does not allow
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type Scalar = string | number | boolean;
type Flat = Record<string, Scalar | undefined>;

function element(name: string, value: Scalar): string {
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function record(name: string, r: Flat): string {
  const inner = Object.entries(r)
    .filter((e): e is [string, Scalar] => e[1] !== undefined)
    .map(([k, v]) => element(k, v))
    .join('');
  return `<${name}>${inner}</${name}>`;
}

const DECL = '<?xml version="1.0" encoding="utf-8"?>';

function list(kind: 'services' | 'requests' | 'errors', items: Flat[]): string {
  const n = XML_NAMES[kind];
  return `${DECL}<${n.root}>${items.map((i) => record(n.item, i)).join('')}</${n.root}>`;
}

export function renderServices(items: ServiceDefinition[], format: Format): string {
  return format === 'json' ? JSON.stringify(items) : list('services', items);
}

export function renderRequests(items: ServiceRequest[], format: Format): string {
  return format === 'json' ? JSON.stringify(items) : list('requests', items);
}

export function renderDefinition(d: ServiceAttributes, format: Format): string {
  if (format === 'json') return JSON.stringify(d);
  const a = XML_NAMES.attributes;
  return `${DECL}<service_definition>${element('service_code', d.service_code)}<${a.root}></${a.root}></service_definition>`;
}

export function renderErrors(errors: Open311Error[], format: Format): string {
  return format === 'json' ? JSON.stringify(errors) : list('errors', errors as unknown as Flat[]);
}

export interface Discovery {
  changeset: string;
  contact: string;
  key_service: string;
  endpoints: Array<{ specification: string; url: string; changeset: string; type: string; formats: string[] }>;
}

/** The discovery document for the endpoint at `baseUrl` (…/open311/v2). */
export function discovery(baseUrl: string, changeset: string, contact: string): Discovery {
  return {
    changeset,
    contact,
    key_service: 'Read-only: no API key is issued and nothing can be posted.',
    endpoints: [
      {
        specification: SPECIFICATION,
        url: baseUrl,
        changeset,
        type: 'production',
        formats: [MIME.xml, MIME.json].map((m) => m.split(';')[0]!),
      },
    ],
  };
}

export function renderDiscovery(d: Discovery, format: Format): string {
  if (format === 'json') return JSON.stringify(d);
  const endpoints = d.endpoints
    .map((e) => {
      const formats = `<${XML_NAMES.formats.root}>${e.formats.map((f) => element(XML_NAMES.formats.item, f)).join('')}</${XML_NAMES.formats.root}>`;
      const { formats: _f, ...flat } = e;
      return record(XML_NAMES.endpoints.item, flat).replace(/<\/endpoint>$/, `${formats}</endpoint>`);
    })
    .join('');
  const head = DISCOVERY_FIELDS.filter((k) => k !== 'endpoints')
    .map((k) => element(k, d[k]))
    .join('');
  return `${DECL}<discovery>${head}<${XML_NAMES.endpoints.root}>${endpoints}</${XML_NAMES.endpoints.root}></discovery>`;
}
