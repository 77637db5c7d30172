package main // want package:`needs\(\[ReadCallLog, ReadCallRecording\]\) wrappers=false module=""`

import "indirect/mid"

// main makes no request and imports no sink: what its dependencies need is
// still its Result's Needs, from which a driver judges unused grants.
func main() {
	_ = mid.Client
}
