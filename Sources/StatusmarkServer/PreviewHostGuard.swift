import Foundation
import Hummingbird

/// Answers only requests meant for this preview: a page on the internet that points its own domain at
/// 127.0.0.1 (DNS rebinding) would otherwise read drafts through the reader's browser. A request whose Host is
/// not `localhost`, a loopback address or the address the server listens on gets 421 Misdirected Request; a
/// method other than GET and HEAD gets 405.
struct PreviewHostGuard<Context: RequestContext>: RouterMiddleware {
    /// Host names and addresses (lower case, IPv6 in brackets) that name this server.
    let allowedHosts: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let authority = request.head.authority, let host = PreviewAddress.host(ofAuthority: authority),
            allowedHosts.contains(host)
        else {
            return Self.plain(.misdirectedRequest, "This preview answers only for localhost and the address it listens on.\n")
        }
        guard request.method == .get || request.method == .head else {
            var response = Self.plain(.methodNotAllowed, "The preview serves files: only GET and HEAD.\n")
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        return try await next(request, context)
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
