// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation
import HTTPTypes
import Hummingbird
import TapestryScoring

/// The participants' pages: choose a table, one area of the questionnaire per screen, review,
/// sent. Plain forms that work without script; every value shown is escaped.
enum Pages {
    /// An HTML response.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// "See other": after a form is handled, the browser loads `path` (so reloading does not send again).
    static func redirect(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }

    /// The page of a refused request, with its status.
    static func refusal(_ refusal: Refusal) -> Response {
        html(HTML.page(title: "Not possible", body: """
            <h1>Not possible</h1>
            <p class="message" role="alert">\(HTML.escape(refusal.message))</p>
            """), status: refusal.status)
    }

    /// `/join/CODE`: the workshop's title and the choice of table.
    static func join(_ workshop: Workshop, chosen: Int?, csrf: String) -> String {
        let title = HTML.escape(workshop.title)
        guard !workshop.isClosed else {
            return HTML.page(title: workshop.title, body: "<h1>\(title)</h1>\n<p class=\"message\">\(HTML.escape(Refusal.closed.message))</p>")
        }
        let options = workshop.tables.enumerated().map { position, name in
            "<label class=\"choice\"><input type=\"radio\" name=\"table\" value=\"\(position)\" required"
                + (chosen == position ? " checked" : "") + "> \(HTML.escape(name))</label>"
        }.joined(separator: "\n")
        return HTML.page(title: workshop.title, body: """
            <h1>\(title)</h1>
            <p>Your table answers a short questionnaire about how the partnership works. Nobody asks your name; \
            only your table's answers are shown, together.</p>
            <form method="post" action="/join/\(workshop.code)/table">
            \(HTML.csrfField(csrf))
            <fieldset>
            <legend>Which table are you at?</legend>
            \(options)
            </fieldset>
            <button type="submit">Start</button>
            </form>
            """)
    }

    /// One area of the questionnaire: `step` (1-based) of the instrument's areas.
    static func step(_ workshop: Workshop, instrument: Instrument, step: Int, draft: [String: Int], csrf: String) -> String {
        let dimension = instrument.dimensions[step - 1]
        let scale = instrument.scale
        let statements = dimension.items.map { item in
            let current = draft[item.id]
            let choices = (scale.min...scale.max).map { value in
                let label = scale.labels.indices.contains(value - scale.min) ? scale.labels[value - scale.min] : "\(value)"
                return "<label class=\"choice\"><input type=\"radio\" name=\"\(HTML.escape(item.id))\" value=\"\(value)\""
                    + (current == value ? " checked" : "") + "> <span class=\"value\">\(value)</span> \(HTML.escape(label))</label>"
            }.joined(separator: "\n")
            // Left unchecked until chosen: a statement nobody touched is simply not answered.
            let skip = "<label class=\"choice skip\"><input type=\"radio\" name=\"\(HTML.escape(item.id))\" value=\"\"> No answer</label>"
            return """
                <fieldset class="statement">
                <legend>\(HTML.escape(item.text))</legend>
                \(choices)
                \(skip)
                </fieldset>
                """
        }.joined(separator: "\n")
        let count = instrument.dimensions.count
        return HTML.page(title: "\(dimension.title) – \(workshop.title)", body: """
            <p class="step">Part \(step) of \(count)</p>
            <h1>\(HTML.escape(dimension.title))</h1>
            <p>How much do you agree with each statement, thinking of the partnership as a whole?</p>
            <form method="post" action="/join/\(workshop.code)/step/\(step)">
            \(HTML.csrfField(csrf))
            \(statements)
            <div class="actions">
            <button type="submit" name="go" value="next">\(step < count ? "Next" : "Review my answers")</button>
            \(step > 1 ? "<button type=\"submit\" name=\"go\" value=\"back\" class=\"secondary\">Back</button>" : "")
            </div>
            </form>
            """)
    }

    /// Every answer so far, with a way back to each area, and the button that sends them.
    static func review(_ workshop: Workshop, instrument: Instrument, table: String, participant: Participant, csrf: String) -> String {
        let scale = instrument.scale
        var unanswered = 0
        let areas = instrument.dimensions.enumerated().map { index, dimension in
            let rows = dimension.items.map { item in
                let answer: String
                if let value = participant.draft[item.id] {
                    let label = scale.labels.indices.contains(value - scale.min) ? scale.labels[value - scale.min] : ""
                    answer = "\(value) \(HTML.escape(label))"
                } else {
                    unanswered += 1
                    answer = "<em>no answer</em>"
                }
                return "<dt>\(HTML.escape(item.text))</dt><dd>\(answer)</dd>"
            }.joined(separator: "\n")
            return """
                <section class="area">
                <h2>\(HTML.escape(dimension.title))</h2>
                <dl>
                \(rows)
                </dl>
                <p><a href="/join/\(workshop.code)/step/\(index + 1)">Change the answers on \(HTML.escape(dimension.title))</a></p>
                </section>
                """
        }.joined(separator: "\n")
        let sent = participant.submitted != nil
        let status = sent
            ? (participant.submitted == participant.draft
                ? "<p class=\"message\">Your answers are in. You can change them until the facilitator closes the workshop.</p>"
                : "<p class=\"message\">You changed answers since you sent them: send them again to replace the ones sent.</p>")
            : ""
        let gaps = unanswered == 0 ? "" : "<p>\(unanswered == 1 ? "One statement has" : "\(unanswered) statements have") no answer; that is fine if you are not sure.</p>"
        // The button twice: at the top for those who are done, at the end after checking.
        let send = """
            <form method="post" action="/join/\(workshop.code)/submit">
            \(HTML.csrfField(csrf))
            <button type="submit">\(sent ? "Send my answers again" : "Send my answers")</button>
            </form>
            """
        return HTML.page(title: "Review – \(workshop.title)", body: """
            <h1>Your answers</h1>
            <p>Table: <strong>\(HTML.escape(table))</strong> (<a href="/join/\(workshop.code)">change</a>)</p>
            \(status)
            \(gaps)
            \(send)
            <p>Your answers are below, area by area.</p>
            \(areas)
            \(send)
            """)
    }

    /// After sending: thanks, and the way to change the answers.
    static func sent(_ workshop: Workshop, table: String) -> String {
        HTML.page(title: "Thank you – \(workshop.title)", body: """
            <h1>Thank you</h1>
            <p class="message" role="status">Your answers are in, with table <strong>\(HTML.escape(table))</strong>.</p>
            <p>You can change them until the facilitator closes the workshop: <a href="/join/\(workshop.code)/review">see or change my answers</a>.</p>
            """)
    }
}
#endif
