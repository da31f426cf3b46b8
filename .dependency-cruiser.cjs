/**
 * The layer table of ARCHITECTURE.md, enforced: `depcruise src cloudfunctions localcloud scripts
 * --config .dependency-cruiser.cjs` (part of `npm run lint`). Dependency direction points down:
 *
 *   pages/components (src/ outside domain and services)  → services, domain, @tarojs/*, react
 *   services (src/services)                              → domain, @tarojs/*
 *   cloud functions (cloudfunctions/<fn>, _lib)          → src/domain, cloudfunctions/_lib, wx-server-sdk, node builtins
 *                                                          (_lib/poster, _lib/cert, _lib/insight also pdf-lib, @pdf-lib/fontkit, subset-font)
 *                                                          (and exceljs, in cloudfunctions/_lib/sheets only)
 *   domain (src/domain)                                  → zod, dayjs only
 *   local cloud (localcloud/)                            → never src/ (domain included), never cloudfunctions/
 *   emulator UI (localcloud/ui/)                         → react, react-dom and the local cloud
 *   nothing in production code                           → tests/
 */

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain is pure TypeScript: it may import only zod, dayjs and other src/domain files.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^node_modules/(zod|dayjs)/'] },
    },
    {
      name: 'services-layer',
      comment: 'src/services may import only src/domain, other services files and @tarojs/*.',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { pathNot: ['^src/(services|domain)/', '^node_modules/@tarojs/'] },
    },
    {
      name: 'ui-layer',
      comment: 'Pages, components and the app may import src/ (services, domain, their own files), @tarojs/*, react, qrcode and echarts.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(domain|services)/' },
      // qrcode: the reservation's code drawn on the volunteer's page (src/components/QrCode.tsx).
      // echarts (and its zrender): the charts, src/components/chart/ only (rule `charts-in-chart`).
      to: { pathNot: ['^src/', '^node_modules/(@tarojs/[^/]+|react|react-dom|qrcode|echarts|zrender)/'] },
    },
    {
      name: 'charts-in-chart',
      comment: 'ECharts is imported by src/components/chart/ only, so only the pages that chart (by file) carry it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/components/chart/' },
      to: { path: '^node_modules/(echarts|zrender)/' },
    },
    {
      name: 'domain-and-services-not-to-ui',
      comment: 'Dependencies point down: domain and services never import pages or components.',
      severity: 'error',
      from: { path: '^src/(domain|services)/' },
      to: { path: '^src/', pathNot: '^src/(domain|services)/' },
    },
    {
      name: 'domain-not-to-services',
      comment: 'src/domain never imports src/services.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/services/' },
    },
    {
      name: 'src-not-to-server',
      comment: 'The mini-program never imports the local cloud or cloud function code.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(localcloud|cloudfunctions)/' },
    },
    {
      name: 'functions-layer',
      comment: 'Cloud functions may import src/domain, cloudfunctions/ (their own folder, _lib), wx-server-sdk and node builtins.',
      severity: 'error',
      from: { path: '^cloudfunctions/', pathNot: '^cloudfunctions/_lib/(sheets|cert)/' },
      to: {
        dependencyTypesNot: ['core'],
        pathNot: ['^src/domain/', '^cloudfunctions/', '^node_modules/(wx-server-sdk|pdf-lib|@pdf-lib/fontkit|subset-font)/'],
      },
    },
    {
      name: 'poster-libraries',
      comment:
        'The PDF and font libraries are for cloudfunctions/_lib/poster, _lib/cert and _lib/insight only (functions that print PDFs).',
      severity: 'error',
      from: { path: '^cloudfunctions/', pathNot: '^cloudfunctions/_lib/(poster|cert|insight)/' },
      to: { path: '^node_modules/(pdf-lib|@pdf-lib/fontkit|subset-font|@embedpdf/fonts-sc)/' },
    },
    {
      name: 'cert-layer',
      comment: 'cloudfunctions/_lib/cert prints service certificates: the functions layer plus pdf-lib, its fontkit and qrcode.',
      severity: 'error',
      from: { path: '^cloudfunctions/_lib/cert/' },
      to: {
        dependencyTypesNot: ['core'],
        pathNot: ['^src/domain/', '^cloudfunctions/', '^node_modules/(pdf-lib|@pdf-lib/fontkit|qrcode)/'],
      },
    },
    {
      name: 'sheets-layer',
      comment: 'cloudfunctions/_lib/sheets reads and writes spreadsheet files: the functions layer plus exceljs.',
      severity: 'error',
      from: { path: '^cloudfunctions/_lib/sheets/' },
      to: {
        dependencyTypesNot: ['core'],
        pathNot: ['^src/domain/', '^cloudfunctions/', '^node_modules/exceljs/'],
      },
    },
    {
      name: 'functions-are-independent',
      comment: 'A function folder is deployed on its own: share code through cloudfunctions/_lib, not another function.',
      severity: 'error',
      from: { path: '^cloudfunctions/([^/]+)/' },
      to: { path: '^cloudfunctions/', pathNot: ['^cloudfunctions/$1/', '^cloudfunctions/_lib/'] },
    },
    {
      name: 'lib-not-to-functions',
      comment: 'cloudfunctions/_lib is shared by every function and imports none of them.',
      severity: 'error',
      from: { path: '^cloudfunctions/_lib/' },
      to: { path: '^cloudfunctions/', pathNot: '^cloudfunctions/_lib/' },
    },
    {
      name: 'localcloud-not-to-app',
      comment:
        "The local cloud runs anyone's BUILT functions (`npx localcloud`): it never imports this product's src/ (domain included) or cloudfunctions/ sources.",
      severity: 'error',
      from: { path: '^localcloud/' },
      to: { path: ['^src/', '^cloudfunctions/'] },
    },
    {
      name: 'production-not-to-tests',
      comment: 'No production code imports tests/ (or bench/).',
      severity: 'error',
      from: { path: '^(src|cloudfunctions|localcloud|scripts)/' },
      to: { path: '^(tests|bench)/' },
    },
    {
      name: 'no-circular',
      comment: 'Circular dependencies make layers meaningless.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import must resolve (a typo or a missing package).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|build|\\.localcloud)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
