/// Thrown from a record callback to stop reading a file early.
struct StopReading: Error {}
