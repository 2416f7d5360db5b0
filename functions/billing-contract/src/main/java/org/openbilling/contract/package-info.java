/**
 * The public REST contract as code: what the functions answer and what their clients send, one record per shape.
 * Ids are strings, money is a decimal string ({@code "125.00"}), dates and times ISO-8601. The functions' OpenAPI
 * documents are generated from these records; the gateway's REST clients read and send them. Domain records never
 * reach the wire: {@code org.openbilling.contract.mapping} maps each aggregate in one place.
 */
package org.openbilling.contract;
