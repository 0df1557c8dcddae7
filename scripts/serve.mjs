// Serves a built dist/ folder: node scripts/serve.mjs [--root dist] [--port 8080] [--prefix /]
import { startServer } from './static-server.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const server = await startServer({
  root: opt('root', 'dist'),
  port: Number(opt('port', '8080')),
  prefix: opt('prefix', '/'),
});
console.log(`serving ${opt('root', 'dist')} at ${server.url}`);
