"""Parses an HTML file with html5lib (the HTML5 parsing algorithm browsers use) and prints
what the Swift tests check, as JSON: the parse errors, the title, headings, tables (rows of
cell texts), paragraphs, list items, lists (their tag, class and their own items' texts
without the lists inside them) and the body's whole text, the inline SVG charts (their titles and texts), every
element name, and anything that would run or fetch: script elements, event-handler
attributes, attributes that hold an address, and CSS that loads one.

    python3 Tests/Tools/parse_html.py report.html
"""
import json
import re
import sys

try:
    import html5lib
except ImportError:
    print("html5lib is missing: run `make setup`")
    sys.exit(2)

SVG = "{http://www.w3.org/2000/svg}"
# Attributes whose value is fetched or followed.
ADDRESS_ATTRIBUTES = {"src", "href", "action", "formaction", "data", "poster", "srcset", "background",
                      "cite", "longdesc", "manifest", "ping", "{http://www.w3.org/1999/xlink}href"}


def local(tag):
    return tag.split("}")[-1] if isinstance(tag, str) else ""


def text(element):
    return "".join(element.itertext())


def own_text(item):
    """An item's text without the lists inside it."""
    parts = [item.text or ""]
    for child in item:
        if local(child.tag) not in ("ul", "ol"):
            parts.append(text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def main():
    with open(sys.argv[1], "rb") as handle:
        data = handle.read()
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    document = parser.parse(data, useChardet=False, transport_encoding="utf-8")
    errors = ["line %d, column %d: %s %s" % (position[0], position[1], code, json.dumps(details))
              for position, code, details in parser.errors]
    names, scripts, events, addresses, styles = set(), 0, [], [], []
    headings, tables, paragraphs, items, svgs, lists = [], [], [], [], [], []
    for element in document.iter():
        name = local(element.tag)
        if not name:
            continue
        names.add(name)
        if name == "script":
            scripts += 1
        for attribute, value in element.attrib.items():
            if local(attribute).lower().startswith("on"):
                events.append("%s %s" % (name, attribute))
            if attribute in ADDRESS_ATTRIBUTES or local(attribute) in ADDRESS_ATTRIBUTES:
                addresses.append("%s %s=%s" % (name, local(attribute), value))
            elif re.search(r"^\s*(https?:|//|data:|javascript:)", value, re.I):
                addresses.append("%s %s=%s" % (name, local(attribute), value))
            if local(attribute) == "style":
                styles.append(value)
        if name == "style":
            styles.append(text(element))
        if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            headings.append([int(name[1]), text(element)])
        elif element.tag == "table":
            rows = [[text(cell) for cell in row if local(cell.tag) in ("td", "th")]
                    for row in element.iter() if row.tag == "tr"]
            tables.append(rows)
        elif element.tag == "p":
            paragraphs.append(text(element))
        elif element.tag == "li":
            items.append(text(element))
        if element.tag in ("ol", "ul"):
            lists.append({"tag": element.tag, "class": element.attrib.get("class", ""),
                          "items": [own_text(child) for child in element if child.tag == "li"]})
        elif element.tag == SVG + "svg":
            titles = [text(child) for child in element if child.tag == SVG + "title"]
            svgs.append({"title": titles[0] if titles else "",
                         "texts": [text(child) for child in element.iter() if child.tag == SVG + "text"]})
    fetched = [match for style in styles for match in re.findall(r"url\(\s*['\"]?([^)'\"]*)", style) if not match.startswith("#")]
    fetched += [match for style in styles for match in re.findall(r"@import\s+[^;]*", style)]
    title = next((text(element) for element in document.iter() if element.tag == "title"), None)
    body = next((text(element) for element in document.iter() if element.tag == "body"), "")
    print(json.dumps({"errors": errors, "title": title, "headings": headings, "tables": tables,
                      "paragraphs": paragraphs, "items": items, "lists": lists, "body": body, "svgs": svgs, "elements": sorted(names),
                      "scripts": scripts, "events": events, "addresses": addresses, "cssAddresses": fetched},
                     ensure_ascii=False))


if __name__ == "__main__":
    main()
