import DyadRelations
import HTTPTypes
import Hummingbird
import NIOCore

/// An error answered as `{"error": {"message": ...}}` with its status.
public struct APIError: Error, HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let message: String
    /// Extra headers (WWW-Authenticate, Retry-After).
    public var headers: HTTPFields = [:]

    /// Creates the error.
    public init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        response
    }

    /// The JSON response.
    public var response: Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        let body = "{\"error\":{\"message\":" + JSONText.string(message) + "}}\n"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}

/// Turns every error into the API's JSON error shape, keeping the status of HTTP errors (404, 413, ...).
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return error.response
        } catch let error as HTTPError {
            let message = error.body ?? "\(error.status.code) \(error.status.reasonPhrase)"
            let hint = error.status == .contentTooLarge
                ? "; the request body is larger than this server accepts (see --max-body-bytes)" : ""
            return APIError(error.status, message + hint).response
        } catch let error as any HTTPResponseError {
            return APIError(error.status, "\(error)").response
        } catch {
            context.logger.error("\(error)")
            return APIError(.internalServerError, "internal error: \(error)").response
        }
    }
}

/// JSON scalars: the relations' renderer, with `<` escaped as well.
enum JSONText {
    static func string(_ value: String) -> String { RelationsJSON.string(value, escapingMarkup: true) }
}
