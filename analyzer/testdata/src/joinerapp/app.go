package joinerapp // want package:`needs\(.*`

import (
	"net/http"
	"os"

	"joiner"
)

const server = "https://platform.ringcentral.com"

func calls() { // want calls:`requests\(.*`
	http.Get(joiner.JoinAbsolute(server, "/restapi/v1.0/account/~/call-log"))                     // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	http.Get(joiner.JoinAbsolute(server, "restapi/v1.0/account/~", "extension", os.Getenv("ID"))) // want `GET /restapi/v1.0/account/~/extension/\{extensionId\} \(readExtension\) needs \[ReadAccounts\]`
	http.Post(joiner.Join(server, "restapi", "v1.0/account/~/extension/~/sms"), "", nil)          // want `POST /restapi/v1.0/account/~/extension/~/sms \(createSMSMessage\) needs \[SMS\]`
	http.Get(server + joiner.Presence("~"))                                                       // want `GET /restapi/v1.0/account/~/extension/~/presence \(readUserPresenceStatus\) needs \[ReadPresence\]`
}
