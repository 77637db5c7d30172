package ringcentral

// TokenInfo is the real token type.
type TokenInfo struct {
	AccessToken           string `json:"access_token"`
	ExpiresIn             int    `json:"expires_in"`
	RefreshToken          string `json:"refresh_token"`
	RefreshTokenExpiresIn int    `json:"refresh_token_expires_in"`
	Scope                 string `json:"scope"`
	TokenType             string `json:"token_type"`
	OwnerId               string `json:"owner_id"`
	EndpointId            string `json:"endpoint_id"`
	IdToken               string `json:"id_token"`
}

// GetTokenRequest is the real argument of Authorize.
type GetTokenRequest struct {
	Username            string `json:"username"`
	Password            string `json:"password"`
	Extension           string `json:"extension"`
	GrantType           string `json:"grant_type"`
	Code                string `json:"code"`
	RedirectUri         string `json:"redirect_uri"`
	AccessTokenTtl      int    `json:"access_token_ttl"`
	RefreshTokenTtl     int    `json:"refresh_token_ttl"`
	Scope               string `json:"scope"`
	RefreshToken        string `json:"refresh_token"`
	EndpointId          string `json:"endpoint_id"`
	Pin                 string `json:"pin"`
	ClientId            string `json:"client_id"`
	AccountId           string `json:"account_id"`
	PartnerAccountId    string `json:"partner_account_id"`
	ClientAssertionType string `json:"client_assertion_type"`
	ClientAssertion     string `json:"client_assertion"`
	Assertion           string `json:"assertion"`
	BrandId             string `json:"brand_id"`
	CodeVerifier        string `json:"code_verifier"`
}
