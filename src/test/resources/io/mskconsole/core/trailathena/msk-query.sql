SELECT eventversion, eventid, eventtime, eventsource, eventname, awsregion, recipientaccountid, useridentity.type AS usertype, useridentity.principalid AS principalid, useridentity.arn AS userarn, useridentity.accountid AS useraccountid, useridentity.invokedby AS invokedby, useridentity.username AS username, useridentity.onbehalfof.userid AS onbehalfofuserid, sourceipaddress, useragent, errorcode, errormessage, readonly, requestparameters, responseelements, additionaleventdata, requestid, eventtype, eventcategory, vpcendpointid, array_join(transform(resources, r -> r.arn), ',') AS resourcearns
FROM audit.msk_cloudtrail
WHERE "timestamp" BETWEEN '2026/03/01' AND '2026/03/08'
  AND account IN ('111122223333')
  AND region IN ('us-east-1')
  AND eventsource IN ('kafka.amazonaws.com', 'kafka-cluster.amazonaws.com')
  AND eventtime >= '2026-03-01T00:00:00Z'
  AND eventtime <= '2026-03-07T23:30:00Z'
  AND eventname = 'UpdateMonitoring'' OR ''1''=''1'
  AND useridentity.arn LIKE '%o''brien -- 100\%\_%' ESCAPE '\'
ORDER BY eventtime DESC
LIMIT 250001
