"""One repository per aggregate: reads here, writes through RecordWriter."""
