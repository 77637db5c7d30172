package badmanifest // want package:`needs\(.*`

import "net/http"

func calls() { // want calls:`requests\(.*`
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/call-log")  // want `cannot check RingCentral permissions: .*badmanifest/rcperm.yaml:2:5: unknown permission "ReadCallLogs": did you mean ReadCallLog\?`
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/call-logz") // want `no such RingCentral operation`
}
