"""Parses a Markdown file with markdown-it-py (CommonMark, with GFM tables) and prints what
the Swift tests check, as JSON: headings, tables (header and rows as cell texts), images,
and whether any raw HTML survived into the rendered page; and the same headings, tables and
the paragraphs as a reader sees them ("plain…": escapes and entities resolved, emphasis and
images left out), to compare with the HTML report; and the top-level blocks in order
("blocks": headings, paragraphs, lists with their items' first paragraphs, tables), to check
what follows what.

    python3 Tests/Tools/parse_markdown.py report.md
"""
import json
import sys

try:
    from markdown_it import MarkdownIt
except ImportError:
    print("markdown-it-py is missing: run `make setup`")
    sys.exit(2)


def plain(token):
    """The text of an inline token as shown: text and code, line breaks as spaces."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        text = handle.read()
    parser = MarkdownIt("commonmark").enable("table")
    tokens = parser.parse(text)
    headings, tables, images, html = [], [], [], []
    plain_headings, plain_tables, plain_paragraphs = [], [], []
    table, row, plain_table, plain_row = None, None, None, None
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            headings.append([int(token.tag[1]), tokens[index + 1].content])
            plain_headings.append([int(token.tag[1]), plain(tokens[index + 1])])
        elif token.type == "paragraph_open":
            plain_paragraphs.append(plain(tokens[index + 1]))
        elif token.type == "table_open":
            table, plain_table = [], []
        elif token.type == "tr_open":
            row, plain_row = [], []
        elif token.type == "inline" and row is not None:
            row.append(token.content)
            plain_row.append(plain(token))
        elif token.type == "tr_close":
            table.append(row)
            plain_table.append(plain_row)
            row, plain_row = None, None
        elif token.type == "table_close":
            tables.append(table)
            plain_tables.append(plain_table)
            table, plain_table = None, None
        elif token.type in ("html_block", "html_inline"):
            html.append(token.content)
        if token.type == "inline":
            for child in token.children or []:
                if child.type == "image":
                    images.append({"src": child.attrs.get("src"), "alt": child.content})
                if child.type == "html_inline":
                    html.append(child.content)
    blocks = []
    for index, token in enumerate(tokens):
        if token.level != 0 or not token.type.endswith("_open"):
            continue
        if token.type == "heading_open":
            blocks.append(["heading", int(token.tag[1]), plain(tokens[index + 1])])
        elif token.type == "paragraph_open":
            blocks.append(["paragraph", plain(tokens[index + 1])])
        elif token.type in ("ordered_list_open", "bullet_list_open"):
            items, depth = [], 0
            for inner in tokens[index + 1:]:
                if inner.type == token.type.replace("_open", "_close") and inner.level == 0:
                    break
                if inner.type == "list_item_open" and inner.level == 1:
                    items.append(None)
                elif inner.type == "inline" and inner.level == 3 and items and items[-1] is None:
                    items[-1] = plain(inner)
            blocks.append(["ordered" if token.type == "ordered_list_open" else "bullet", items])
        elif token.type == "table_open":
            blocks.append(["table"])
    rendered = parser.render(text)
    print(json.dumps({"headings": headings, "tables": tables, "images": images, "html": html,
                      "scriptTag": "<script" in rendered.lower(), "plainHeadings": plain_headings,
                      "plainTables": plain_tables, "plainParagraphs": plain_paragraphs,
                      "blocks": blocks}, ensure_ascii=False))


if __name__ == "__main__":
    main()
