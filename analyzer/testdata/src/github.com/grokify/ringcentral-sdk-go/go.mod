module github.com/grokify/ringcentral-sdk-go

go 1.26
