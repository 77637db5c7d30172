package main // want package:`needs\(\[ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

import "net/http"

func main() { // want main:`requests\(.*` `rcperm.yaml:4:5 grants EditCallLog, but the program needs only \[ReadCallLog\] of what it includes: grant that instead \(least privilege\)` `rcperm.yaml:5:5 grants SMS, which no RingCentral request of this program needs: remove it`
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~")
	http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/call-log")
}
