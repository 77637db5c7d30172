package main // want package:`needs\(\[ReadCallLog, ReadCallRecording\]\) wrappers=false module=""`

import "indirect/mid"

// main makes no request and imports no sink: what its dependencies need
// still decides which grants are unused.
func main() { // want `rcperm.yaml:1:34 grants SMS, which no RingCentral request of this program needs: remove it`
	_ = mid.Client
}
