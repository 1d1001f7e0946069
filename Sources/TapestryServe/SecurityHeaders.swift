// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import HTTPTypes
import Hummingbird

/// Adds the security headers to every response (no framing, no sniffing, no referrer, a
/// Content-Security-Policy that allows no script and only this server's style sheet, unless a
/// route set a stricter one of its own), and turns a ``Refusal`` or a routing error into a
/// page with its status.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    /// The policy of every page: nothing but this server, no script at all.
    static var policy: String { policy(styles: "'self'") }

    /// The policy with `styles` as the allowed style sources.
    static func policy(styles: String) -> String {
        "default-src 'self'; script-src 'none'; style-src \(styles); img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let refusal as Refusal {
            response = Pages.refusal(refusal)
        } catch let error as HTTPError {
            let message = error.status == .notFound ? "There is no page at this address." : (error.body ?? "The request could not be handled.")
            response = Pages.refusal(Refusal(error.status, message))
        }
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = Self.policy }
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

extension HTTPField.Name {
    static let xFrameOptions = Self("X-Frame-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
}
#endif
