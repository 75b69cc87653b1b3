// s2t.cjs: simplified -> traditional (Taiwan) on stdin, with the project's opencc-js
const OpenCC = require('opencc-js');
const conv = OpenCC.Converter({ from: 'cn', to: process.argv[2] || 'tw' });
let s = ''; process.stdin.on('data', (d) => (s += d)); process.stdin.on('end', () => process.stdout.write(conv(s)));
