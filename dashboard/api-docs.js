// Renders /api/openapi.json as a browsable list of routes; text only, no markup from data.
const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };

function describe(schema) {
  if (!schema) return '';
  const parts = [];
  if (schema.type) parts.push(schema.type);
  if (schema.enum) parts.push(`one of ${schema.enum.join(', ')}`);
  if (schema.pattern) parts.push(`pattern ${schema.pattern}`);
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  if (schema.default !== undefined) parts.push(`default ${schema.default}`);
  return parts.join('; ');
}

async function main() {
  const main = document.getElementById('routes');
  const doc = await (await fetch('/api/openapi.json')).json();
  main.replaceChildren();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const section = el('section');
      const h = el('h2');
      h.append(el('span', method, 'method'), document.createTextNode(path));
      section.append(h, el('p', op.summary));
      if (op.security) section.append(el('p', 'Needs Authorization: Bearer <token> (news-intel token create <name>).', 'auth'));
      if (op.requestBody) {
        const schema = op.requestBody.content['application/json'].schema;
        const fields = Object.entries(schema.properties ?? {}).map(([k, v]) => `${k}: ${describe(v) || 'any'}`);
        section.append(el('p', `JSON body: ${fields.join('; ')}`));
      }
      if (op.parameters.length) {
        const table = el('table');
        const head = el('tr');
        for (const t of ['parameter', 'in', 'required', 'schema']) head.append(el('th', t));
        table.append(head);
        for (const p of op.parameters) {
          const row = el('tr');
          row.append(el('td', p.name), el('td', p.in), el('td', p.required ? 'yes' : 'no'), el('td', describe(p.schema)));
          table.append(row);
        }
        section.append(table);
      }
      main.append(section);
    }
  }
}

main().catch((err) => { document.getElementById('routes').textContent = `Could not load the API document: ${err.message}`; });
