import Foundation
import Hummingbird
import ImpactExport
import ImpactIngest
import ImpactRun

/// The app's pages and forms, over one workspace and one set of sessions.
struct AppRoutes: Sendable {
  let options: AppOptions
  let workspace: Workspace
  let sessions: SessionStore
  let pages: PageRenderer

  /// The router: the guard first, then every page.
  func router(token: Secret, hosts: AllowedHosts) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(
      middleware: AccessGuard(
        token: token, hosts: hosts, sessions: sessions, pages: pages,
        dataFolder: options.dataFolder))
    router.get("/") { _, context in try page("start", startView(context), context) }
    router.get("/app.css") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(string: pages.styleSheet)))
    }
    router.post("/folder") { request, context in try await chooseFolder(request, context) }
    router.post("/upload") { request, context in try await upload(request, context) }
    router.get("/read") { _, context in try page("read", try await readView(context), context) }
    router.get("/settings") { _, context in try page("settings", settingsView(context), context) }
    router.post("/settings") { request, context in try await saveSettings(request, context) }
    router.post("/run") { _, context in try startRun(context) }
    router.get("/runs/:run") { _, context in try progress(context) }
    router.get("/runs/:run/files/:name") { request, context in try file(request, context) }
    router.get("/runs/:run/report.zip") { _, context in try zip(context) }
    router.get("/report") { _, context in try page("report", reportView(context), context) }
    router.get("/figures") { request, context in
      try page("figures", figuresView(request, context), context)
    }
    return router
  }

  // MARK: Pages

  private func session(_ context: AppRequestContext) throws -> Session {
    guard let session = sessions.session(context.sessionID) else {
      throw HTTPError(.forbidden)
    }
    return session
  }

  func page(
    _ name: String, _ view: [String: Any], _ context: AppRequestContext,
    status: HTTPResponse.Status = .ok
  ) throws -> Response {
    let html = pages.render(name, view, csrf: try session(context).csrf.text)
    return Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: html)))
  }

  private func redirect(_ path: String) -> Response {
    Response(status: .seeOther, headers: [.location: path])
  }

  private func startView(_ context: AppRequestContext, message: String? = nil) throws
    -> [String: Any]
  {
    let session = try session(context)
    var view: [String: Any] = ["folder": session.dataFolder ?? ""]
    if let name = session.dataName { view["dataName"] = name }
    if let message { view["message"] = message }
    return view
  }

  private func form(_ request: Request, limit: Int = 1 << 16) async throws -> [String: [String]] {
    var request = request
    let body = try await request.collectBody(upTo: limit)
    return FormFields.parse(String(buffer: body))
  }

  private func chooseFolder(_ request: Request, _ context: AppRequestContext) async throws
    -> Response
  {
    let fields = try await form(request)
    let path = (fields["folder"]?.first ?? "").trimmingCharacters(in: .whitespaces)
    var isFolder: ObjCBool = false
    guard !path.isEmpty, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      return try page(
        "start", startView(context, message: AppError.folderNotFound(path).description),
        context, status: .badRequest)
    }
    let id = try session(context).id
    sessions.update(id) {
      $0.dataFolder = path
      $0.dataName = path
    }
    return redirect("/read")
  }

  private func upload(_ request: Request, _ context: AppRequestContext) async throws -> Response {
    let id = try session(context).id
    let limits = options.limits
    do {
      if let length = request.headers[.contentLength].flatMap(Int.init),
        length > limits.requestBytes
      {
        throw AppError.uploadTooLarge(limit: limits.requestBytes)
      }
      var request = request
      let body: ByteBuffer
      do {
        body = try await request.collectBody(upTo: limits.requestBytes)
      } catch {
        throw AppError.uploadTooLarge(limit: limits.requestBytes)
      }
      let form = try MultipartForm(
        body: Array(buffer: body), contentType: request.headers[.contentType] ?? "")
      let number =
        (sessions.update(id) { session -> Int in
          session.uploads += 1
          return session.uploads
        }) ?? 1
      let folder = try workspace.folder(session: id, "uploads", String(number))
      let count: Int
      do {
        count = try UploadStore(limits: limits).store(form.files, in: folder)
      } catch {
        try? FileManager.default.removeItem(atPath: folder)
        throw error
      }
      let names = form.files.map(\.name).joined(separator: ", ")
      sessions.update(id) {
        $0.dataFolder = folder
        $0.dataName = pages.labels("upload_name", ["files": names, "count": String(count)])
      }
      return redirect("/read")
    } catch let error as AppError {
      let status: HTTPResponse.Status =
        switch error {
        case .uploadTooLarge, .tooManyFiles, .zipTooLarge: .contentTooLarge
        default: .badRequest
        }
      return try page(
        "start", startView(context, message: error.description), context, status: status)
    }
  }

  private func readView(_ context: AppRequestContext) async throws -> [String: Any] {
    let session = try session(context)
    guard let folder = session.dataFolder else { return [:] }
    let reading = DataReading(folder: folder, keepGoing: true, out: nil)
    let outcome = await Task.detached { () -> Result<ValidationText, ReportRunError> in
      var text: ValidationText?
      do {
        _ = try ValidationRun(reading: reading, limit: 0).run { event in
          if case .checked(let checked) = event { text = checked }
        }
      } catch {
        return .failure(error as? ReportRunError ?? .dataFolderNotFound(folder))
      }
      return text.map { .success($0) } ?? .failure(.dataFolderNotFound(folder))
    }.value
    switch outcome {
    case .failure(let error):
      return ["message": error.description]
    case .success(let text):
      var view = ValidationView(text: text).view
      view["dataName"] = session.dataName ?? folder
      return view
    }
  }

  private func settingsView(_ context: AppRequestContext) throws -> [String: Any] {
    let session = try session(context)
    let settings = session.settings
    var view: [String: Any] = [
      "period": settings.period, "funder": settings.funder ?? "",
      "templates": settings.templates ?? "",
      "audiences": Audience.allCases.map { audience in
        [
          "name": audience.rawValue, "label": pages.labels["audience_" + audience.rawValue],
          "checked": settings.audiences.contains(audience),
        ] as [String: Any]
      },
    ]
    if let folder = session.dataFolder,
      let configuration = try? DataReading(folder: folder, out: nil).configuration()
    {
      let returns =
        (try? ReturnsFolder(dataFolder: folder, configuration: configuration).files()) ?? []
      view["config"] = [
        "organisation": configuration.organisation,
        "currency": configuration.currency.symbol,
        "yearStart": configuration.financialYearStart,
        "minCount": configuration.suppressionMinCount,
        "priority": configuration.priorityGroups.map(\.label).joined(separator: ", "),
        "returns": returns.isEmpty
          ? pages.labels["config_returns_none"]
          : returns.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "),
      ]
    }
    return view
  }

  private func saveSettings(_ request: Request, _ context: AppRequestContext) async throws
    -> Response
  {
    let fields = try await form(request)
    let id = try session(context).id
    let text = { (name: String) -> String? in
      let value = (fields[name]?.first ?? "").trimmingCharacters(in: .whitespaces)
      return value.isEmpty ? nil : value
    }
    if let templates = text("templates") {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder),
        isFolder.boolValue
      else {
        var view = try settingsView(context)
        view["message"] = AppError.folderNotFound(templates).description
        return try page("settings", view, context, status: .badRequest)
      }
    }
    let audiences = (fields["audience"] ?? []).compactMap(Audience.init(rawValue:))
    sessions.update(id) {
      $0.settings = ReportSettings(
        period: text("period") ?? "latest", audiences: audiences, funder: text("funder"),
        templates: text("templates"))
    }
    return redirect("/settings")
  }

  // MARK: Runs

  private func startRun(_ context: AppRequestContext) throws -> Response {
    let session = try session(context)
    guard let folder = session.dataFolder else {
      return try page(
        "start", startView(context, message: pages.labels["report_none"]), context,
        status: .badRequest)
    }
    let number = (session.runs.keys.max() ?? 0) + 1
    let out = try workspace.folder(session: session.id, "runs", String(number)) + "/report"
    let settings = session.settings
    let runOptions = ReportRun.Options(
      dataFolder: folder, period: settings.period, out: out,
      audiences: settings.audiences, funder: settings.funder,
      templatesFolder: settings.templates, keepGoing: true,
      generatedAt: options.generatedAt ?? Date())
    sessions.record(.running(RunStatus()), session: session.id, run: number)
    let store = sessions
    let root = workspace.path
    let id = session.id
    Task.detached {
      do {
        var status = RunStatus()
        let result = try ReportRun(options: runOptions).run { event in
          switch event {
          case .reading(let progress):
            let next = status.reading(progress)
            // Shown as a whole percentage: the sessions are only touched when it moves on.
            guard next.percent != status.percent || next.file != status.file else { return }
            status = next
          case .phase(let phase) where !phase.isEmpty:
            status.phase = phase
          default:
            return
          }
          store.record(.running(status), session: id, run: number)
        }
        store.record(.done(result), session: id, run: number)
      } catch {
        // Said as the command line says it, the workspace's path left out.
        let reason = "\(error)".replacingOccurrences(of: root, with: "…")
        store.record(.failed(reason), session: id, run: number)
      }
    }
    return redirect("/runs/\(number)")
  }

  private func run(_ context: AppRequestContext) throws -> (Int, RunRecord) {
    let session = try session(context)
    guard let number = context.parameters.get("run", as: Int.self),
      let record = session.runs[number]
    else { throw HTTPError(.notFound) }
    return (number, record)
  }

  private func progress(_ context: AppRequestContext) throws -> Response {
    let (number, record) = try run(context)
    guard case .running(let status) = record.state else { return redirect("/report") }
    let view = ProgressView(
      status: status, link: "/runs/\(number)", labels: pages.labels, workspace: workspace.path)
    return try page("progress", view.view, context)
  }

  private func reportView(_ context: AppRequestContext) throws -> [String: Any] {
    guard let (number, record) = try session(context).latestRun else { return [:] }
    switch record.state {
    case .running: return ["message": pages.labels["progress_title"]]
    case .failed(let reason): return ["failure": reason]
    case .done(let result): return try ReportView(result: result, run: number).view
    }
  }

  private func file(_ request: Request, _ context: AppRequestContext) throws -> Response {
    let (_, record) = try run(context)
    guard case .done(let result) = record.state,
      let name = context.parameters.get("name"),
      let path = result.files.first(where: { ($0 as NSString).lastPathComponent == name }),
      workspace.contains(path),
      let data = FileManager.default.contents(atPath: path)
    else { throw HTTPError(.notFound) }
    var headers: HTTPFields = [.contentType: DownloadType.of(name)]
    if name.hasSuffix(".html") && request.uri.queryParameters.get("download") == nil {
      headers[.contentSecurityPolicy] = SecurityHeaders.documentPolicy
    } else {
      headers[.contentDisposition] = "attachment; filename=\"\(name)\""
    }
    return Response(
      status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: [UInt8](data))))
  }

  private func zip(_ context: AppRequestContext) throws -> Response {
    let (_, record) = try run(context)
    guard case .done(let result) = record.state else { throw HTTPError(.notFound) }
    let data = try ReportArchive(result: result).data()
    return Response(
      status: .ok,
      headers: [
        .contentType: "application/zip",
        .contentDisposition: "attachment; filename=\"impact-report.zip\"",
      ], body: .init(byteBuffer: ByteBuffer(bytes: [UInt8](data))))
  }

  private func figuresView(_ request: Request, _ context: AppRequestContext) throws
    -> [String: Any]
  {
    guard let (_, record) = try session(context).latestRun,
      case .done(let result) = record.state, let reportContext = result.context
    else { return [:] }
    // A form sent by GET writes a space as `+`: the query is read as a form.
    let fields = FormFields.parse(request.uri.query ?? "")
    let query = { (name: String) -> String? in
      fields[name]?.first.flatMap { $0.isEmpty ? nil : $0 }
    }
    let filter = FigureFilter(
      indicator: query("indicator"), breakdown: query("breakdown"), group: query("group"),
      period: query("period"), sort: query("sort").flatMap(FigureFilter.Sort.init) ?? .indicator)
    let presentation = try FigurePresentation(
      context: reportContext, templates: result.templates)
    return FigureExplorer(
      rows: reportContext.table.rows, presentation: presentation, labels: pages.labels
    ).view(filter)
  }
}
