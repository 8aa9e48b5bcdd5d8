// Build of the add-in's pages.
//   npm run build            production build into dist/ (content-hashed bundles)
//   npm run dev-server       https://localhost:3000 with office-addin-dev-certs' certificate
//   OFFICE_JS=local          serve Office.js from dist/office-js/ (copied from @microsoft/office-js)
//                            instead of Microsoft's CDN, for intranets that cannot reach it
//   E2E=1                    build the browser test harness (test/e2e/harness.tsx) into dist-e2e/
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = __dirname;
const DEV_PORT = 3000;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

/** Where the pages load Office.js from, and the origin a Content-Security-Policy must allow. */
function officeJsSource(env) {
  const local = (env.OFFICE_JS || process.env.OFFICE_JS) === 'local';
  // Relative, so the copy works wherever dist/ is hosted.
  return local
    ? { local, officeJsUrl: 'office-js/office.js', officeJsOrigin: "'self'" }
    : { local, officeJsUrl: OFFICE_JS_CDN, officeJsOrigin: 'https://appsforoffice.microsoft.com' };
}

/** The files of @microsoft/office-js an Excel host needs (office.js alone never becomes ready:
 * it also fetches o15apptofilemappingtable.js, then the host's excel-*-16.0x.js and strings). */
function officeJsCopyPatterns() {
  const notDebug = ['**/*.debug.js'];
  // Already minimised by Microsoft: telling the minimiser so keeps the build at seconds, not ~40 s.
  const info = { minimized: true };
  const file = (name) => ({ from: path.join(OFFICE_JS_DIST, name), to: 'office-js/', info });
  const dir = (name) => ({
    from: path.join(OFFICE_JS_DIST, name),
    to: `office-js/${name}/`,
    info,
    globOptions: { ignore: notDebug },
  });
  return [
    file('office.js'),
    file('o15apptofilemappingtable.js'),
    {
      from: 'excel-*-16.0*.js',
      context: OFFICE_JS_DIST,
      to: 'office-js/',
      info,
      globOptions: { ignore: notDebug },
    },
    dir('en-us'),
    dir('zh-cn'),
    dir('telemetry'),
  ];
}

/** Dev server https options: office-addin-dev-certs' localhost certificate, read from
 * ~/.office-addin-dev-certs/ (scripts/devCerts.mjs makes it, offline, when it is missing). Trusting
 * its CA is npm start's business, not the server's: nothing here asks for admin rights. */
async function httpsServer() {
  const { ensureCertificateFiles, readCertificates } = await import('./scripts/devCerts.mjs');
  try {
    await ensureCertificateFiles();
    return { type: 'https', options: readCertificates() };
  } catch (error) {
    console.warn(
      `[webpack] the dev certificate could not be made (${firstLine(error)}); falling back to webpack-dev-server's ` +
        'self-signed https certificate. Office will not trust it until you accept it in the browser.',
    );
    return 'https';
  }
}

function firstLine(error) {
  return String((error && error.message) || error).split('\n')[0].trim();
}

function tsRule() {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      // Type checking is `npm run typecheck`; the build only transpiles.
      options: {
        transpileOnly: true,
        configFile: path.join(ROOT, 'tsconfig.json'),
        compilerOptions: { noEmit: false },
      },
    },
  };
}

function common(isProd) {
  return {
    mode: isProd ? 'production' : 'development',
    devtool: isProd ? false : 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: { rules: [tsRule()] },
    performance: { hints: false }, // the size budget is checked by the bench step, not here
    optimization: {
      // The one on-demand chunk is the .docx reader; moving its libraries (fflate, @xmldom/xmldom)
      // into a separate vendors file would only add a second request when a Word file is picked.
      // The 'default' group still shares modules that several on-demand chunks use.
      splitChunks: { cacheGroups: { defaultVendors: false } },
    },
  };
}

function addinConfig(env, argv, server) {
  const isProd = argv.mode === 'production';
  const office = officeJsSource(env);
  const templateParameters = { officeJsUrl: office.officeJsUrl, officeJsOrigin: office.officeJsOrigin };
  const copy = [{ from: path.join(ROOT, 'assets'), to: 'assets/' }];
  // Plain ES5 script the task pane page loads before the bundle (it must run where the bundle
  // cannot even parse, e.g. Internet Explorer): copied as is, not bundled.
  const legacyCheck = path.join(ROOT, 'src', 'taskpane', 'legacyCheck.js');
  if (fs.existsSync(legacyCheck)) copy.push({ from: legacyCheck, to: 'legacyCheck.js' });
  if (office.local) copy.push(...officeJsCopyPatterns());
  return {
    ...common(isProd),
    entry: {
      taskpane: path.join(ROOT, 'src', 'taskpane', 'index.tsx'),
      commands: path.join(ROOT, 'src', 'commands', 'commands.ts'),
    },
    output: {
      path: path.join(ROOT, 'dist'),
      filename: isProd ? '[name].[contenthash:8].js' : '[name].js',
      // On-demand chunks (the .docx reader: docx.*.js) are named, so the size budget and a
      // reviewer can tell them from the start bundle.
      chunkFilename: isProd ? '[name].[contenthash:8].js' : '[name].js',
      // Chunks load from wherever taskpane.*.js was loaded (https://localhost:3000/ or any deploy
      // path), i.e. the add-in's own origin, which the page's script-src 'self' allows.
      publicPath: 'auto',
      clean: true,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: path.join(ROOT, 'src', 'taskpane', 'taskpane.html'),
        chunks: ['taskpane'],
        templateParameters,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: path.join(ROOT, 'src', 'commands', 'commands.html'),
        chunks: ['commands'],
        templateParameters,
      }),
      new CopyWebpackPlugin({ patterns: copy }),
    ],
    devServer: {
      port: DEV_PORT,
      server,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
}

/** The browser test harness: the production task pane UI over the in-memory workbook port. */
function e2eConfig(env, argv) {
  const isProd = argv.mode !== 'development';
  const entry = path.join(ROOT, 'test', 'e2e', 'harness.tsx');
  if (!fs.existsSync(entry)) {
    throw new Error('E2E build requested but test/e2e/harness.tsx does not exist yet.');
  }
  const template = path.join(ROOT, 'test', 'e2e', 'harness.html');
  // The harness runs over the in-memory port and loads no Office.js; a template that still asks
  // for one gets the local path, never the CDN.
  const office = officeJsSource({ OFFICE_JS: 'local' });
  return {
    ...common(isProd),
    entry: { harness: entry },
    output: { path: path.join(ROOT, 'dist-e2e'), filename: '[name].js', chunkFilename: '[name].js', publicPath: 'auto', clean: true },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'harness.html',
        chunks: ['harness'],
        templateParameters: { officeJsUrl: office.officeJsUrl, officeJsOrigin: office.officeJsOrigin },
        ...(fs.existsSync(template) ? { template } : { title: 'target-monitor e2e harness' }),
      }),
      new CopyWebpackPlugin({ patterns: [{ from: path.join(ROOT, 'assets'), to: 'assets/' }] }),
    ],
  };
}

module.exports = async (env = {}, argv = {}) => {
  if (env.E2E || process.env.E2E === '1') return e2eConfig(env, argv);
  const server = env.WEBPACK_SERVE ? await httpsServer() : undefined;
  return addinConfig(env, argv, server);
};
