// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
/// The served style sheets (`/static/tapestry.css`, `/static/room.css`): the pages carry no
/// style of their own, so the Content-Security-Policy can forbid inline style.
enum StyleSheet {
    /// Every page but the room view: phone first, large targets, visible focus.
    static let main = """
        :root { color-scheme: light; }
        html { font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; font-size: 18px; line-height: 1.45; color: #111; background: #fff; }
        body { margin: 0; }
        main { max-width: 40rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
        h1 { font-size: 1.6rem; line-height: 1.2; margin: .4rem 0 .8rem; overflow-wrap: break-word; }
        h2 { font-size: 1.25rem; margin: 1.6rem 0 .5rem; }
        p, li, dd, dt, legend { overflow-wrap: break-word; }
        a { color: #3f1d6b; }
        p.step { color: #444; margin: 0; font-weight: 600; }
        .message { background: #efedf5; border-left: 5px solid #542788; padding: .6rem .8rem; }
        .hint { display: block; color: #444; font-size: .85rem; margin-top: .3rem; }
        fieldset { border: 1px solid #8c8c8c; border-radius: 6px; margin: 0 0 1.2rem; padding: .6rem .8rem .8rem; }
        legend { font-weight: 700; padding: 0 .3rem; font-size: 1.05rem; }
        label.choice { display: flex; align-items: center; gap: .6rem; min-height: 48px; padding: .25rem .6rem; margin: .3rem 0;
          border: 1px solid #c9c4d9; border-radius: 6px; cursor: pointer; }
        label.choice:hover { background: #f6f4fa; }
        label.choice input { width: 1.4rem; height: 1.4rem; margin: 0; flex: none; accent-color: #542788; }
        label.choice:has(input:checked) { border-color: #542788; background: #efedf5; font-weight: 600; }
        label.choice .value { display: inline-block; min-width: 1.2rem; font-weight: 700; }
        label.skip { color: #444; border-style: dashed; margin-top: .6rem; }
        label[for] { display: block; font-weight: 700; margin-bottom: .3rem; }
        input:not([type=radio]), textarea { font: inherit; width: 100%; box-sizing: border-box; padding: .5rem; border: 1px solid #8c8c8c; border-radius: 6px; }
        button, a.button { display: inline-block; font: inherit; font-weight: 700; min-height: 48px; padding: .6rem 1.4rem; border-radius: 6px;
          border: 2px solid #542788; background: #542788; color: #fff; cursor: pointer; text-decoration: none; box-sizing: border-box; margin: .3rem .4rem .3rem 0; }
        button.secondary, a.button.secondary { background: #fff; color: #542788; }
        :focus-visible { outline: 3px solid #e08214; outline-offset: 2px; }
        .actions { display: flex; flex-direction: row-reverse; justify-content: flex-end; flex-wrap: wrap; gap: .4rem; }
        dl { margin: 0; }
        dt { margin-top: .6rem; }
        dd { margin: .1rem 0 0 1rem; font-weight: 600; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #8c8c8c; padding: .35rem .5rem; text-align: left; }
        th.n, td.n { text-align: right; font-variant-numeric: tabular-nums; }
        .join { font-size: 1.2rem; }
        .code { font-size: 2rem; letter-spacing: .15em; }
        code { font-size: .95em; white-space: nowrap; }
        """

    /// Added to the comparison page's own style: the links back, not printed.
    static let room = """
        nav.serve { font-size: .8rem; color: #444; padding: .3rem 1.25rem; border-bottom: 1px solid #ccc; max-width: 72rem; margin: 0 auto; }
        nav.serve a { color: #3f1d6b; }
        @media print { nav.serve { display: none; } }
        """
}
#endif
