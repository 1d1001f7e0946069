"""Parses a Markdown file with markdown-it-py (CommonMark, with GFM tables) and prints what
the Swift tests check, as JSON: headings, tables (header and rows as cell texts), images,
and whether any raw HTML survived into the rendered page.

    python3 Tests/Tools/parse_markdown.py report.md
"""
import json
import sys

try:
    from markdown_it import MarkdownIt
except ImportError:
    print("markdown-it-py is missing: run `make setup`")
    sys.exit(2)


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        text = handle.read()
    parser = MarkdownIt("commonmark").enable("table")
    tokens = parser.parse(text)
    headings, tables, images, html = [], [], [], []
    table, row = None, None
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            headings.append([int(token.tag[1]), tokens[index + 1].content])
        elif token.type == "table_open":
            table = []
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append(token.content)
        elif token.type == "tr_close":
            table.append(row)
            row = None
        elif token.type == "table_close":
            tables.append(table)
            table = None
        elif token.type in ("html_block", "html_inline"):
            html.append(token.content)
        if token.type == "inline":
            for child in token.children or []:
                if child.type == "image":
                    images.append({"src": child.attrs.get("src"), "alt": child.content})
                if child.type == "html_inline":
                    html.append(child.content)
    rendered = parser.render(text)
    print(json.dumps({"headings": headings, "tables": tables, "images": images, "html": html,
                      "scriptTag": "<script" in rendered.lower()}, ensure_ascii=False))


if __name__ == "__main__":
    main()
