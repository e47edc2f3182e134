import CLibCSV

/// The one layer through which every call into libcsv goes.
///
/// Each C function is held as a closure so tests can replace one of them (a `csv_init` that
/// fails, a `csv_parse` that stops early with `CSV_ENOMEM`) and see how the reader copes.
/// No other file imports `CLibCSV`; the rest of the module speaks to libcsv only through here.
struct LibCSV: Sendable {
  /// The parser state libcsv works on, allocated and owned by the caller.
  typealias Parser = UnsafeMutablePointer<csv_parser>
  /// Called by libcsv with each field: its bytes (reused, not NUL-terminated), length, context.
  typealias FieldCallback =
    @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?)
    -> Void
  /// Called by libcsv at the end of each record: the terminating byte (-1 at end), context.
  typealias RecordCallback = @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void

  /// `csv_init`: prepares a parser with the given options; 0 on success.
  var initialize: @Sendable (Parser, _ options: UInt8) -> Int32
  /// `csv_parse`: parses bytes, calling back per field and record; returns the bytes consumed.
  var parse:
    @Sendable (
      Parser, UnsafeRawBufferPointer, FieldCallback, RecordCallback, UnsafeMutableRawPointer
    ) -> Int
  /// `csv_fini`: delivers a last record that has no line break after it; 0 on success.
  var finish: @Sendable (Parser, FieldCallback, RecordCallback, UnsafeMutableRawPointer) -> Int32
  /// `csv_free`: releases the parser's field buffer.
  var free: @Sendable (Parser) -> Void
  /// `csv_error`: the status of the last operation (one of the `status…` constants).
  var error: @Sendable (Parser) -> Int32
  /// `csv_set_delim`: the byte that separates fields.
  var setDelimiter: @Sendable (Parser, UInt8) -> Void
  /// `csv_set_quote`: the byte that quotes fields.
  var setQuote: @Sendable (Parser, UInt8) -> Void

  /// The real libcsv.
  static let live = LibCSV(
    initialize: { parser, options in csv_init(parser, options) },
    parse: { parser, bytes, onField, onRecord, context in
      csv_parse(parser, bytes.baseAddress, bytes.count, onField, onRecord, context)
    },
    finish: { parser, onField, onRecord, context in
      csv_fini(parser, onField, onRecord, context)
    },
    free: { parser in csv_free(parser) },
    error: { parser in csv_error(parser) },
    setDelimiter: { parser, byte in csv_set_delim(parser, byte) },
    setQuote: { parser, byte in csv_set_quote(parser, byte) }
  )

  /// Strict quoting (a stray quote is an error instead of swallowing the rest of the file),
  /// also at the end of the input (`CSV_STRICT | CSV_STRICT_FINI`).
  static let strictOptions = UInt8(CSV_STRICT | CSV_STRICT_FINI)
  /// `CSV_SUCCESS`.
  static let statusSuccess = Int32(CSV_SUCCESS)
  /// `CSV_EPARSE`: malformed quoting in strict mode.
  static let statusParseError = Int32(CSV_EPARSE)
  /// `CSV_ENOMEM`: the field buffer could not grow.
  static let statusOutOfMemory = Int32(CSV_ENOMEM)
  /// `CSV_ETOOBIG`: a field would need a buffer larger than memory can address.
  static let statusTooBig = Int32(CSV_ETOOBIG)

  /// Allocates uninitialised parser state; pair with `deallocate(_:)`.
  static func allocateParser() -> Parser {
    Parser.allocate(capacity: 1)
  }

  /// Releases parser state from `allocateParser()` (after `free`).
  static func deallocate(_ parser: Parser) {
    parser.deallocate()
  }

  /// Where libcsv stands: between records, or inside one (a quoted field may span lines).
  static func isBetweenRecords(_ parser: Parser) -> Bool {
    parser.pointee.pstate == 0  // ROW_NOT_BEGUN
  }

  /// Whether the field being read when a strict-mode error stopped libcsv was an unquoted one
  /// (libcsv's FIELD_BEGUN state with no opening quote): the error is then a quote mark inside
  /// an unquoted value; otherwise it is text after a closing quote.
  static func stoppedInsideUnquotedField(_ parser: Parser) -> Bool {
    parser.pointee.pstate == 2 && parser.pointee.quoted == 0  // FIELD_BEGUN, unquoted
  }
}
