import { exchangeAuthScenarios } from './scenarios/exchange/exchange-auth-scenarios.js';
import { exchangeCatalogQueryScenarios } from './scenarios/exchange/exchange-catalog-query-scenarios.js';
import { exchangeFaultScenarios } from './scenarios/exchange/exchange-fault-scenarios.js';
import { exchangeInboxScenarios } from './scenarios/exchange/exchange-inbox-scenarios.js';
import { exchangePublishScenarios } from './scenarios/exchange/exchange-publish-scenarios.js';
import { socketExchangeTransport } from './support/exchange-harness.js';

const transport = socketExchangeTransport();
exchangeAuthScenarios(transport);
exchangePublishScenarios(transport);
exchangeInboxScenarios(transport);
exchangeCatalogQueryScenarios(transport);
exchangeFaultScenarios(transport);
