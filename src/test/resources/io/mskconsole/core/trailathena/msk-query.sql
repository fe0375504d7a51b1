SELECT eventid, eventtime, eventsource, eventname, awsregion, recipientaccountid, useridentity.type AS usertype, useridentity.arn AS userarn, useridentity.username AS username, sourceipaddress, useragent, errorcode, errormessage, readonly, requestparameters, responseelements
FROM audit.msk_cloudtrail
WHERE "timestamp" BETWEEN '2026/02/28' AND '2026/03/08'
  AND account IN ('111122223333')
  AND region IN ('us-east-1')
  AND eventsource IN ('kafka.amazonaws.com', 'kafka-cluster.amazonaws.com')
  AND eventtime >= '2026-03-01T00:00:00Z'
  AND eventtime <= '2026-03-07T23:30:00Z'
  AND eventname = 'UpdateMonitoring'' OR ''1''=''1'
  AND useridentity.arn LIKE '%o''brien -- 100\%\_%' ESCAPE '\'
ORDER BY eventtime DESC
