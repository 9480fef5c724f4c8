// Compares two JSON arrays of objects row by row and key by key: numbers to
// `digits` decimals (default exact), everything else exactly. Prints the
// first differences and exits 1 when there are any.
//   node samejson.cjs A.json B.json [digits]
const fs = require('fs');

const [aPath, bPath, digitsText] = process.argv.slice(2);
const digits = digitsText === undefined ? null : Number(digitsText);
const a = JSON.parse(fs.readFileSync(aPath, 'utf8'));
const b = JSON.parse(fs.readFileSync(bPath, 'utf8'));

const same = (x, y) => {
    if (typeof x === 'number' && typeof y === 'number' && digits !== null)
        return Math.abs(x - y) <= 0.5 * 10 ** -digits;
    return JSON.stringify(x) === JSON.stringify(y);
};

const differences = [];
if (a.length !== b.length)
    differences.push(`${a.length} rows against ${b.length}`);
for (let i = 0; i < Math.min(a.length, b.length); ++i) {
    const keys = new Set([...Object.keys(a[i]), ...Object.keys(b[i])]);
    for (const key of keys) {
        if (!same(a[i][key], b[i][key]))
            differences.push(`row ${i} ${key}: ${JSON.stringify(a[i][key])} against ${JSON.stringify(b[i][key])}`);
    }
}
if (differences.length > 0) {
    console.log(differences.slice(0, 10).join('\n'));
    process.exit(1);
}
let cells = 0;
for (const row of a)
    cells += Object.keys(row).length;
console.log(`same: ${a.length} rows, ${cells} values`);
