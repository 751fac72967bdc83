/**
 * Word lists for the generated prose. Every word here is in the English dictionaries that the
 * corpus's cspell configuration enables, so the only unknown words in the corpus are the injected
 * misspellings (the bench counts any other finding as a false positive).
 */

export const nouns = [
  'broker', 'partition', 'consumer', 'producer', 'message', 'topic', 'cluster', 'replica', 'leader',
  'follower', 'offset', 'record', 'schema', 'table', 'index', 'query', 'transaction', 'snapshot',
  'backup', 'server', 'client', 'request', 'response', 'timeout', 'retry', 'queue', 'worker', 'thread',
  'process', 'memory', 'buffer', 'cache', 'disk', 'network', 'packet', 'latency', 'throughput',
  'deadline', 'budget', 'team', 'reader', 'writer', 'editor', 'author', 'draft', 'page', 'chapter',
  'section', 'heading', 'paragraph', 'sentence', 'word', 'letter', 'archive', 'library', 'version',
  'release', 'feature', 'change', 'commit', 'branch', 'review', 'pipeline', 'build', 'deployment',
  'container', 'volume', 'metric', 'dashboard', 'alert', 'incident', 'outage', 'window', 'event',
  'stream', 'batch', 'window', 'checkpoint', 'journal', 'ledger', 'account', 'customer', 'order',
  'invoice', 'payment', 'report', 'summary', 'question', 'answer', 'example', 'pattern', 'rule',
  'policy', 'limit', 'threshold', 'signal', 'channel', 'socket', 'file', 'folder', 'path', 'route',
  'link', 'anchor', 'image', 'diagram', 'chart', 'graph', 'node', 'edge', 'tree', 'list', 'map',
  'key', 'value', 'field', 'column', 'row', 'migration', 'upgrade', 'rollback', 'feedback', 'habit',
  'morning', 'evening', 'weekend', 'office', 'kitchen', 'garden', 'river', 'bridge', 'harbor',
  'station', 'engine', 'signal', 'compass', 'lantern', 'notebook', 'pencil', 'ticket', 'promise',
] as const;

export const adjectives = [
  'small', 'large', 'quiet', 'busy', 'slow', 'fast', 'careful', 'simple', 'stable', 'fragile',
  'durable', 'ordered', 'partial', 'complete', 'local', 'remote', 'shared', 'private', 'public',
  'hidden', 'visible', 'stale', 'fresh', 'empty', 'full', 'healthy', 'broken', 'patient', 'eager',
  'lazy', 'strict', 'loose', 'narrow', 'wide', 'shallow', 'deep', 'early', 'late', 'recent',
  'ancient', 'modern', 'clear', 'obscure', 'honest', 'useful', 'costly', 'cheap', 'steady',
  'noisy', 'gentle', 'rough', 'smooth', 'bright', 'dark', 'warm', 'cold', 'single', 'double',
] as const;

/** Base form and third person singular. */
export const verbs = [
  ['read', 'reads'], ['write', 'writes'], ['send', 'sends'], ['receive', 'receives'],
  ['store', 'stores'], ['fetch', 'fetches'], ['parse', 'parses'], ['check', 'checks'],
  ['build', 'builds'], ['deploy', 'deploys'], ['measure', 'measures'], ['count', 'counts'],
  ['split', 'splits'], ['merge', 'merges'], ['sort', 'sorts'], ['filter', 'filters'],
  ['replay', 'replays'], ['retry', 'retries'], ['publish', 'publishes'], ['review', 'reviews'],
  ['explain', 'explains'], ['describe', 'describes'], ['follow', 'follows'], ['replace', 'replaces'],
  ['protect', 'protects'], ['balance', 'balances'], ['schedule', 'schedules'], ['track', 'tracks'],
  ['compare', 'compares'], ['collect', 'collects'], ['compress', 'compresses'], ['copy', 'copies'],
  ['delay', 'delays'], ['notice', 'notices'], ['prefer', 'prefers'], ['reject', 'rejects'],
  ['accept', 'accepts'], ['carry', 'carries'], ['hold', 'holds'], ['keep', 'keeps'],
] as const;

export const adverbs = [
  'quickly', 'slowly', 'rarely', 'often', 'always', 'never', 'usually', 'carefully', 'quietly',
  'eventually', 'immediately', 'gradually', 'silently', 'reliably', 'honestly', 'simply', 'clearly',
] as const;

export const prepositions = [
  'in', 'on', 'under', 'over', 'behind', 'before', 'after', 'with', 'without', 'across', 'through',
  'between', 'around', 'near', 'beside', 'against', 'into', 'from',
] as const;

export const openers = [
  'In practice', 'Most of the time', 'On a busy day', 'In the first week', 'After the upgrade',
  'Before the release', 'At the end of the day', 'For a small team', 'In our experience',
  'On a quiet night', 'During the migration', 'With enough patience',
] as const;

export const conjunctions = ['and', 'but', 'so', 'while', 'because', 'although', 'until'] as const;

export const tags = [
  'Guide', 'Concept Introduction', 'Streaming', 'Databases', 'Performance', 'Release Notes',
  'Testing', 'Architecture', 'Tooling', 'Writing',
] as const;

export const authors = ['Jordan Baker', 'Morgan Fisher', 'Casey Turner', 'Riley Walker', 'Avery Cooper'] as const;

/** Headings that trip slug algorithms: code, punctuation, duplicates handled elsewhere, symbols, emoji. */
export const trickyHeadings = [
  'Why `fetch()` fails (and how to fix it)',
  'C++ & Rust: a comparison',
  'Step 1 — install the tools',
  'The `--force` flag',
  '🚀 Launch checklist',
  'Café menus and naïve tips',
  'Reading *emphasis* and **strong** text',
  'Version 2.0 / 3.0 upgrade notes',
  'Ask the team: questions & answers',
  'HTTP 429 "Too Many Requests"',
] as const;

/**
 * Each is a common word with two letters transposed, checked once against the corpus dictionaries:
 * none is a word in them, so a spelling checker must report every occurrence.
 */
export const misspellings = [
  'borker', 'paritition', 'cosnumer', 'prodcuer', 'mesage', 'tpoic', 'clsuter', 'rpelica',
  'ledaer', 'folowler', 'ofsfet', 'reocrd', 'shcema', 'tbale', 'idnex', 'qeury', 'trasnaction',
  'snpashot', 'bakcup', 'sevrer', 'cilent', 'reqeust', 'repsonse', 'tiemout', 'qeueu', 'wokrer',
  'thraed', 'porcess', 'mmeory', 'bfufer', 'cahce', 'netwrok', 'pakcet', 'latnecy', 'thorughput',
  'dealdine', 'bugdet', 'raeder', 'wrtier', 'edtior', 'auhtor', 'chatper', 'sectoin', 'haeding',
  'pargaraph', 'setnence', 'lettre', 'arhcive', 'libary', 'verison', 'relaese', 'feautre',
  'chnage', 'comimt', 'brnach', 'reivew', 'pipleine', 'deplyoment', 'contianer', 'voluem',
  'mertic', 'dahsboard', 'incdient', 'otuage', 'evnet', 'sterm', 'bacth', 'chekcpoint', 'jorunal',
  'ledegr', 'accuont', 'cusotmer', 'invocie', 'paymnet', 'repotr', 'sumamry', 'quesiton',
  'anwser', 'exmaple', 'patetrn', 'polciy', 'thersohld', 'sginal', 'chanenl', 'sokcet', 'fodler',
  'diagarm', 'migartion', 'upgarde', 'rollbcak', 'feedbakc', 'mornign', 'eveing', 'weeekdn',
  'ofifce', 'kithcen', 'gadren', 'brdige', 'harbro', 'staiton', 'enigne', 'compsas', 'latnern',
  'noteboko', 'penicl', 'tikcet', 'porimse', 'carfeul', 'simlpe', 'stabel', 'fargile', 'durabel',
  'comlpete', 'healhty', 'patinet', 'ealry', 'recnet', 'modren', 'hoenst', 'usefl', 'steayd',
  'qucikly', 'slwoly', 'usaully', 'evetnually', 'gardually', 'relaibly',
] as const;
