-- All MSK events
SELECT eventversion, eventid, eventtime, eventsource, eventname, awsregion, recipientaccountid, useridentity.type AS usertype, useridentity.principalid AS principalid, useridentity.arn AS userarn, useridentity.accountid AS useraccountid, useridentity.invokedby AS invokedby, useridentity.username AS username, useridentity.onbehalfof.userid AS onbehalfofuserid, sourceipaddress, useragent, errorcode, errormessage, readonly, requestparameters, responseelements, additionaleventdata, requestid, eventtype, eventcategory, vpcendpointid, array_join(transform(resources, r -> r.arn), ',') AS resourcearns
FROM audit.msk_cloudtrail
WHERE "timestamp" BETWEEN '2026/03/01' AND '2026/03/08'
  AND eventsource IN ('kafka.amazonaws.com', 'kafka-cluster.amazonaws.com')
  AND eventtime >= '2026-03-01T00:00:00Z'
  AND eventtime <= '2026-03-07T23:30:00Z'
ORDER BY eventtime DESC
LIMIT 250001

-- Who changed broker log delivery
SELECT eventversion, eventid, eventtime, eventsource, eventname, awsregion, recipientaccountid, useridentity.type AS usertype, useridentity.principalid AS principalid, useridentity.arn AS userarn, useridentity.accountid AS useraccountid, useridentity.invokedby AS invokedby, useridentity.username AS username, useridentity.onbehalfof.userid AS onbehalfofuserid, sourceipaddress, useragent, errorcode, errormessage, readonly, requestparameters, responseelements, additionaleventdata, requestid, eventtype, eventcategory, vpcendpointid, array_join(transform(resources, r -> r.arn), ',') AS resourcearns
FROM audit.msk_cloudtrail
WHERE "timestamp" BETWEEN '2026/03/01' AND '2026/03/08'
  AND eventsource IN ('kafka.amazonaws.com', 'kafka-cluster.amazonaws.com')
  AND eventtime >= '2026-03-01T00:00:00Z'
  AND eventtime <= '2026-03-07T23:30:00Z'
  AND eventsource = 'kafka.amazonaws.com'
  AND eventname IN ('CreateCluster', 'CreateClusterV2', 'UpdateMonitoring')
  AND requestparameters LIKE '%"loggingInfo"%'
ORDER BY eventtime DESC
LIMIT 250001

-- All UpdateMonitoring and UpdateClusterConfiguration calls
SELECT eventversion, eventid, eventtime, eventsource, eventname, awsregion, recipientaccountid, useridentity.type AS usertype, useridentity.principalid AS principalid, useridentity.arn AS userarn, useridentity.accountid AS useraccountid, useridentity.invokedby AS invokedby, useridentity.username AS username, useridentity.onbehalfof.userid AS onbehalfofuserid, sourceipaddress, useragent, errorcode, errormessage, readonly, requestparameters, responseelements, additionaleventdata, requestid, eventtype, eventcategory, vpcendpointid, array_join(transform(resources, r -> r.arn), ',') AS resourcearns
FROM audit.msk_cloudtrail
WHERE "timestamp" BETWEEN '2026/03/01' AND '2026/03/08'
  AND eventsource IN ('kafka.amazonaws.com', 'kafka-cluster.amazonaws.com')
  AND eventtime >= '2026-03-01T00:00:00Z'
  AND eventtime <= '2026-03-07T23:30:00Z'
  AND eventsource = 'kafka.amazonaws.com'
  AND eventname IN ('UpdateMonitoring', 'UpdateClusterConfiguration')
ORDER BY eventtime DESC
LIMIT 250001

-- Kafka actions on a topic
SELECT eventversion, eventid, eventtime, eventsource, eventname, awsregion, recipientaccountid, useridentity.type AS usertype, useridentity.principalid AS principalid, useridentity.arn AS userarn, useridentity.accountid AS useraccountid, useridentity.invokedby AS invokedby, useridentity.username AS username, useridentity.onbehalfof.userid AS onbehalfofuserid, sourceipaddress, useragent, errorcode, errormessage, readonly, requestparameters, responseelements, additionaleventdata, requestid, eventtype, eventcategory, vpcendpointid, array_join(transform(resources, r -> r.arn), ',') AS resourcearns
FROM audit.msk_cloudtrail
WHERE "timestamp" BETWEEN '2026/03/01' AND '2026/03/08'
  AND eventsource IN ('kafka.amazonaws.com', 'kafka-cluster.amazonaws.com')
  AND eventtime >= '2026-03-01T00:00:00Z'
  AND eventtime <= '2026-03-07T23:30:00Z'
  AND eventsource = 'kafka-cluster.amazonaws.com'
  AND json_extract_scalar(requestparameters, '$.resourceARN') LIKE '%:topic/%/orders\_v2'' --' ESCAPE '\'
ORDER BY eventtime DESC
LIMIT 250001

-- Denied calls
SELECT eventversion, eventid, eventtime, eventsource, eventname, awsregion, recipientaccountid, useridentity.type AS usertype, useridentity.principalid AS principalid, useridentity.arn AS userarn, useridentity.accountid AS useraccountid, useridentity.invokedby AS invokedby, useridentity.username AS username, useridentity.onbehalfof.userid AS onbehalfofuserid, sourceipaddress, useragent, errorcode, errormessage, readonly, requestparameters, responseelements, additionaleventdata, requestid, eventtype, eventcategory, vpcendpointid, array_join(transform(resources, r -> r.arn), ',') AS resourcearns
FROM audit.msk_cloudtrail
WHERE "timestamp" BETWEEN '2026/03/01' AND '2026/03/08'
  AND eventsource IN ('kafka.amazonaws.com', 'kafka-cluster.amazonaws.com')
  AND eventtime >= '2026-03-01T00:00:00Z'
  AND eventtime <= '2026-03-07T23:30:00Z'
  AND (errorcode LIKE '%AccessDenied%' OR errorcode LIKE '%Unauthorized%' OR errorcode LIKE '%Forbidden%')
ORDER BY eventtime DESC
LIMIT 250001
