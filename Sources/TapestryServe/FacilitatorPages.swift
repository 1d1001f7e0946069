// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation
import TapestryScoring

/// The facilitator's pages: the list of workshops and the form for a new one, and a
/// workshop's page (join code, answers per table, close, room view, the answers' CSV).
enum FacilitatorPages {
    /// `/` for a browser without the facilitator key: what this server is, for a lost participant.
    static var landing: String {
        HTML.page(title: "tapestry workshop", body: """
            <h1>tapestry workshop</h1>
            <p>To answer the questionnaire, open the join address your facilitator shows (it ends in <code>/join/</code> and a code).</p>
            <p>Facilitators: open the address that <code>tapestry serve</code> printed when it started.</p>
            """)
    }

    /// `/` for the facilitator: the workshops so far and the form for a new one.
    static func home(workshops: [Workshop], csrf: String, minimumGroupSize: Int) -> String {
        let list = workshops.isEmpty ? "<p>No workshop yet.</p>" : "<ul class=\"workshops\">\n" + workshops.map { workshop in
            "<li><a href=\"/workshops/\(workshop.id)\">\(HTML.escape(workshop.title))</a> (code \(workshop.code)"
                + (workshop.isClosed ? ", closed" : "") + ")</li>"
        }.joined(separator: "\n") + "\n</ul>"
        return HTML.page(title: "Workshops", body: """
            <h1>Workshops</h1>
            \(list)
            <h2>New workshop</h2>
            <form method="post" action="/workshops">
            \(HTML.csrfField(csrf))
            <p><label for="title">Title</label>
            <input id="title" name="title" required maxlength="120" placeholder="Partnership check-in, May"></p>
            <p><label for="tables">Tables, one per line</label>
            <textarea id="tables" name="tables" rows="5" required placeholder="Table 1&#10;Table 2&#10;Table 3"></textarea></p>
            <p><label for="min">Smallest table shown</label>
            <input id="min" name="minimumGroupSize" type="number" min="1" max="100" value="\(minimumGroupSize)" inputmode="numeric">
            <span class="hint">Tables with fewer answers are not shown on the room view, so that no one's answers can be picked out. \
            1 shows every table (the room view then says it is not anonymous).</span></p>
            <button type="submit">Open the workshop</button>
            </form>
            """)
    }

    /// A workshop's page for its facilitator.
    static func workshop(_ workshop: Workshop, progress: [TableProgress], joinAddress: String, localOnly: Bool, csrf: String) -> String {
        let rows = progress.map { table in
            "<tr><td>\(HTML.escape(table.name))</td><td class=\"n\">\(table.started)</td><td class=\"n\">\(table.submitted)</td></tr>"
        }.joined(separator: "\n")
        let sent = progress.reduce(0) { $0 + $1.submitted }
        let state = workshop.isClosed
            ? "<p class=\"message\">Closed: answers can no longer be sent or changed.</p>"
            : """
            <form method="post" action="/workshops/\(workshop.id)/close">
            \(HTML.csrfField(csrf))
            <button type="submit" class="secondary">Close the workshop</button>
            </form>
            """
        return HTML.page(title: workshop.title, body: """
            <h1>\(HTML.escape(workshop.title))</h1>
            <p class="join">Join at <strong>\(HTML.escape(joinAddress))</strong><br>code <strong class="code">\(workshop.code)</strong></p>
            \(localOnly ? "<p class=\"hint\">This server answers this computer only. For phones to join, stop it and start it again with <code>tapestry serve --host 0.0.0.0</code> on a network you trust.</p>" : "")
            <h2>Answers so far: \(sent)</h2>
            <table class="progress">
            <thead><tr><th>Table</th><th class="n">Started</th><th class="n">Sent</th></tr></thead>
            <tbody>
            \(rows)
            </tbody>
            </table>
            <p><a class="button" href="/workshops/\(workshop.id)/room">Room view</a>
            <a class="button secondary" href="/workshops/\(workshop.id)/answers.csv" download>Download the answers (CSV)</a></p>
            \(state)
            <p class="hint">Smallest table shown: \(workshop.minimumGroupSize). This page refreshes itself.</p>
            """, refresh: workshop.isClosed ? nil : 15)
    }

    /// The room view before any answer is in.
    static func roomWaiting(_ workshop: Workshop) -> String {
        HTML.page(title: workshop.title, body: """
            <h1>\(HTML.escape(workshop.title))</h1>
            <p class="message">No answers yet. Join with code <strong class="code">\(workshop.code)</strong>; \
            this page shows the tables side by side as answers come in.</p>
            """, refresh: 5)
    }
}
#endif
