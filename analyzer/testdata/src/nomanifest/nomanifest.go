package nomanifest // want package:`needs\(.*`

import "net/http"

func calls() { // want calls:`requests\(.*`
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/call-log") // want `cannot check RingCentral permissions: .*: no rcperm.yaml at this module root nor in .*/nomanifest, .*: run 'rcperm manifest -w \./\.\.\.' here to write one from the code, review it and grant the same permissions to the app in the RingCentral Developer Console; or name one \(-manifest, or the manifest setting of golangci-lint\)`
}
