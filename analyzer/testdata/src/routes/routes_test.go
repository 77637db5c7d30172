package routes

var inTest = "/restapi/v1.0/account/~/call-queues"
