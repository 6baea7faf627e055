// StanceWatch on Azure: one storage account (articles, queues, tables, outbox), a Functions app
// (isolated worker, .NET 10) on a Flex Consumption plan, Application Insights, and a Key Vault for secrets.
// The local `stancewatch up` maps onto these one to one (see README "Local to Azure").
targetScope = 'resourceGroup'

@description('Short name used to derive resource names (lower-case letters and digits).')
@minLength(3)
@maxLength(11)
param name string = 'stancewatch'

param location string = resourceGroup().location

@description('Sender address for alert emails (must be a verified SendGrid sender).')
param mailFromAddress string

@secure()
@description('SendGrid API key with Mail Send permission.')
param sendGridApiKey string

@secure()
@description('Secret for HMAC-signed confirm/unsubscribe tokens (at least 32 random bytes, base64).')
param tokenSecret string

@secure()
@description('Admin key for listing subscribers.')
param adminKey string

var suffix = uniqueString(resourceGroup().id, name)
var storageName = take('${name}${suffix}', 24)
var deploymentContainer = 'deployments'

// The same lists as StorageNames in StanceWatch.Pipeline (tests/StanceWatch.Infra.Tests compares them).
var containerNames = [ 'articles', 'outbox' ]
var workQueueNames = [ 'stance-shifts', 'article-events' ]
var tableNames = [ 'Articles', 'Statements', 'Stances', 'StanceHistory', 'BlobReceipts', 'ShiftOutbox', 'Subscribers', 'Deliveries' ]

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for c in concat(containerNames, [ deploymentContainer ]): {
  parent: blobService
  name: c
}]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for q in flatten(map(workQueueNames, q => [ q, '${q}-poison' ])): {
  parent: queueService
  name: q
}]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for t in tableNames: {
  parent: tableService
  name: t
}]

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-ai-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${name}kv${suffix}', 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
  }
}

// WindowsAzure.Storage (the client this build can restore) authenticates with the account key,
// so the connection string lives in Key Vault rather than in app settings.
resource storageSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'AzureWebJobsStorage'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource sendGridSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'SendGridApiKey'
  properties: { value: sendGridApiKey }
}

resource tokenSecretValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'TokenSecret'
  properties: { value: tokenSecret }
}

resource adminKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'AdminKey'
  properties: { value: adminKey }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan-${suffix}'
  location: location
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: '${name}-${suffix}'
  location: location
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: 40
        instanceMemoryMB: 2048
      }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
    siteConfig: {
      appSettings: [
        { name: 'AzureWebJobsStorage', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${storageSecret.name})' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'Mail__SendGridApiKey', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${sendGridSecret.name})' }
        { name: 'Mail__SendGridBaseUrl', value: 'https://api.sendgrid.com' }
        { name: 'Mail__FromAddress', value: mailFromAddress }
        { name: 'Mail__FromName', value: 'StanceWatch' }
        { name: 'Subscriptions__TokenSecret', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${tokenSecretValue.name})' }
        { name: 'Subscriptions__AdminKey', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${adminKeySecret.name})' }
        { name: 'Api__PublicBaseUrl', value: 'https://${name}-${suffix}.azurewebsites.net' }
        { name: 'Ingest__MaxArticleBytes', value: '5242880' }
        { name: 'Ingest__MinimumConfidence', value: '0.5' }
      ]
    }
  }
}

// The app reads its secrets from Key Vault and its deployment package from blob storage with its own identity.
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'

resource vaultAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, app.id, keyVaultSecretsUser)
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

resource blobAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, app.id, storageBlobDataOwner)
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner)
  }
}

output functionAppName string = app.name
output storageAccountName string = storage.name
output apiBaseUrl string = 'https://${app.properties.defaultHostName}/api'
