package nomanifest // want package:`needs\(.*`

import "net/http"

func calls() { // want calls:`requests\(.*`
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/call-log") // want `cannot check RingCentral permissions: no rcperm.yaml in .*/nomanifest, .*: create rcperm.yaml at the module root, listing the permissions your app has in the RingCentral Developer Console, or name one \(-manifest, or the manifest setting of golangci-lint\)`
}
