DROP INDEX `facts_year_city`;--> statement-breakpoint
DROP INDEX `facts_year_county`;--> statement-breakpoint
CREATE INDEX `facts_province_year` ON `report_facts` (`province_code`,`year`);--> statement-breakpoint
CREATE INDEX `facts_city_year` ON `report_facts` (`city_code`,`year`);--> statement-breakpoint
CREATE INDEX `facts_county_year` ON `report_facts` (`county_code`,`year`);