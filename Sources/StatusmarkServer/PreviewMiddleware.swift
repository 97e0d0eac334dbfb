import Foundation
import Hummingbird

/// Wraps every preview response: requests that try to leave the site get the 404 page, a missing file gets the
/// site's own 404 page with status 404, and nothing may be cached, so a reload always shows the latest build.
struct PreviewMiddleware<Context: RequestContext>: RouterMiddleware {
    let site: PreviewSite

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        if let path = request.uri.path.removingPercentEncoding {
            if Self.leavesSite(path) {
                response = notFound()
            } else {
                do {
                    response = try await next(request, context)
                    if response.status == .notFound { response = notFound() }
                } catch let error as any HTTPResponseError where error.status == .notFound {
                    response = notFound()
                }
            }
        } else {
            response = Response(status: .badRequest, body: ResponseBody(byteBuffer: ByteBuffer(string: "Bad request: the path's percent-encoding is invalid.\n")))
        }
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// A path (percent-decoded) with a `.` or `..` component, a backslash or a NUL.
    static func leavesSite(_ path: String) -> Bool {
        path.contains("\\") || path.contains("\u{0}")
            || path.split(separator: "/", omittingEmptySubsequences: true).contains { $0 == ".." || $0 == "." }
    }

    /// The site's 404 page, as a host that serves `404.html` answers: status 404. Before any build succeeded,
    /// status 503 with the failure overlay.
    func notFound() -> Response {
        guard let snapshot = site.snapshot else {
            return Response(status: .serviceUnavailable, body: ResponseBody(byteBuffer: ByteBuffer(string: "The site is being built.\n")))
        }
        let status: HTTPResponse.Status = snapshot.hasGoodBuild ? .notFound : .serviceUnavailable
        guard let page = snapshot.servedBytes("404.html") else {
            return Response(status: status, body: ResponseBody(byteBuffer: ByteBuffer(string: "Not found.\n")))
        }
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: page)))
    }
}
