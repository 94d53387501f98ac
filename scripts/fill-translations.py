#!/usr/bin/env python3
# Usage: scripts/fill-translations.py translations/quita_pt_BR.ts table.json
# After lupdate: fills every unfinished message whose English source is a key of the JSON
# table (a string, or a list of forms for plural messages); prints what is still missing.
# Fills unfinished messages of a .ts file from a dict {source: translation} (or numerus list).
import sys, json, xml.etree.ElementTree as ET
path, table = sys.argv[1], json.load(open(sys.argv[2]))
tree = ET.parse(path)
left = 0
for ctx in tree.getroot():
    for m in ctx.findall('message'):
        tr = m.find('translation')
        if tr is None or tr.get('type') != 'unfinished':
            continue
        src = m.find('source').text
        if src not in table:
            left += 1
            print('missing:', src)
            continue
        val = table[src]
        if m.get('numerus') == 'yes':
            for f in list(tr):
                tr.remove(f)
            for form in val:
                e = ET.SubElement(tr, 'numerusform'); e.text = form
        else:
            tr.text = val
        del tr.attrib['type']
tree.write(path, encoding='utf-8', xml_declaration=True)
print('left', left)
