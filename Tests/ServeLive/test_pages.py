"""Every page the server writes is well-formed HTML5 (html5lib in strict mode, which raises on
the first parse error), with a title and a table name that hold markup characters."""
import html5lib
import requests

from serverprocess import Server, answers_for, csrf, open_workshop


def test_every_page_parses_without_error(tmp_path):
    server = Server(tmp_path).start()
    try:
        facilitator, workshop, code = open_workshop(server, title="A <b>&</b> test", tables=["O'Brien", "Table 2"])
        participant = requests.Session()
        base = server.base
        pages = {"home": facilitator.get(base + "/").text,
                 "workshop": facilitator.get(f"{base}/workshops/{workshop}").text,
                 "room, waiting": facilitator.get(f"{base}/workshops/{workshop}/room").text,
                 "landing": requests.get(base + "/").text}
        join = participant.get(f"{base}/join/{code}")
        pages["join"] = join.text
        token = csrf(join.text)
        participant.post(f"{base}/join/{code}/table", data={"csrf": token, "table": "0"})
        pages["step"] = participant.get(f"{base}/join/{code}/step/1").text
        pages["review"] = participant.get(f"{base}/join/{code}/review").text
        pages["sent"] = participant.post(f"{base}/join/{code}/submit", data={"csrf": token, **answers_for(7)}).text
        pages["room"] = facilitator.get(f"{base}/workshops/{workshop}/room").text
        pages["refusal"] = participant.post(f"{base}/join/{code}/submit", data={"csrf": "x"}).text
        for name, page in pages.items():
            html5lib.HTMLParser(strict=True).parse(page)  # raises on a parse error
            assert "<b>" not in page, name  # the title's markup is always escaped
        assert "A &lt;b&gt;&amp;&lt;/b&gt; test" in pages["join"] and "O&#39;Brien" in pages["join"]
    finally:
        server.stop()
