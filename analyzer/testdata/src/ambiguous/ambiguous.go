package ambiguous // want package:`needs\(.*`

import (
	"net/http"
	"os"
)

func calls() { // want calls:`requests\(.*`
	method, resource, id := os.Getenv("METHOD"), os.Getenv("RESOURCE"), os.Getenv("ID")
	// The method is unknown: GET needs ReadCallLog (granted), DELETE needs EditCallLog.
	http.NewRequest(method, "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log", nil) // want `\{\} /restapi/v1.0/account/~/extension/~/call-log can be 2 operations that need different permissions; rcperm.yaml does not grant \[EditCallLog\] for deleteUserCallLog: make the route's unknown parts known, or grant them`
	// Unknown parts that leave only operations the app may call are fine.
	http.NewRequest(method, "https://platform.ringcentral.com/restapi/v1.0/account/~/call-log-sync", nil)
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/" + resource + "-extract-sync")
	// An unknown tail may be any path: unresolved, not ambiguous.
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/" + id) // want `GET /restapi/v1.0/account/~/\{\}: rcperm cannot tell which RingCentral operation`
	// An unknown inner segment leaves operations to choose from.
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/" + id + "/~") // want `GET /restapi/v1.0/account/~/\{\}/~ can be \d+ operations that need different permissions; rcperm.yaml does not grant \[.*`
}
